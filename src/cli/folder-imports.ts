import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Per top-level folder of `src/`: the folders its code imports from, and whether it takes only types from each. */
export type FolderImports = ReadonlyMap<string, ReadonlyMap<string, 'values' | 'types'>>;

// import and export statements with a relative path, side-effect imports and import(); group 1 is the clause
const comments = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;
const relativeImport = /\b(?:import|export)\s*(?:\(\s*|([^'";]*?)\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g;
const isSource = (name: string) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts');

/** `import type { A }` or `import { type A, type B }`: erased when compiled, no dependency at run time. */
function typesOnly(clause: string | undefined): boolean {
  if (!clause) return false;
  const text = clause.trim();
  if (/^type\b/.test(text)) return true;
  const names = /^\{([^}]*)\}$/
    .exec(text)?.[1]
    ?.split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type '));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return isSource(entry.name) ? [path] : [];
  });
}

/**
 * Reads every source file under `srcDir` (not the tests) and collects, per top-level folder, the
 * other top-level folders its relative imports reach; a target outside `src/` is named by its path
 * from the repository (`test/support`), so a production file that leans on test code shows up.
 */
export function folderImports(srcDir: string): FolderImports {
  const root = resolve(srcDir);
  const map = new Map<string, Map<string, 'values' | 'types'>>();
  for (const entry of readdirSync(root, { withFileTypes: true }))
    if (entry.isDirectory()) map.set(entry.name, new Map());
  for (const file of sourceFiles(root)) {
    const folder = relative(root, file).split(sep)[0] as string;
    const targets = map.get(folder);
    if (!targets) continue; // a file at the top of src/
    for (const match of readFileSync(file, 'utf8').replace(comments, '').matchAll(relativeImport)) {
      const parts = relative(root, resolve(dirname(file), match[2] as string)).split(sep);
      const name = parts[0] === '..' ? parts.slice(1, 3).join('/') : (parts[0] as string);
      if (parts.length === 1 || name === folder) continue;
      targets.set(name, targets.get(name) === 'values' || !typesOnly(match[1]) ? 'values' : 'types');
    }
  }
  return map;
}

/** The folder map as a Markdown table: each folder of `src/`, the folders it imports from and those that import it. */
export function renderFolderMap(imports: FolderImports): string {
  const folders = [...imports.keys()].sort();
  const name = (folder: string, kind: 'values' | 'types' | undefined) =>
    `\`${folder}/\`${kind === 'types' ? ' (types)' : ''}`;
  const list = (names: readonly string[]) => (names.length === 0 ? '—' : names.join(', '));
  const from = (folder: string) =>
    [...(imports.get(folder) ?? new Map())].sort(([a], [b]) => a.localeCompare(b)).map(([f, kind]) => name(f, kind));
  const by = (folder: string) =>
    folders.filter((f) => imports.get(f)?.has(folder)).map((f) => name(f, imports.get(f)?.get(folder)));
  return [
    'Tests are left out; `(types)`: only types are imported, erased at run time.',
    '',
    '| folder | imports from | imported by |',
    '|---|---|---|',
    ...folders.map((f) => `| \`${f}/\` | ${list(from(f))} | ${list(by(f))} |`),
  ].join('\n');
}
