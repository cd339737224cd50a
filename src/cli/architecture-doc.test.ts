import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { personSchema } from '../contract/index.ts';
import { linkPersons } from '../linkage/index.ts';
import { openStore } from '../store/index.ts';
import {
  architectureDocPath,
  architectureSections,
  regenerateArchitectureCommand,
  sourceRoot,
  staleSections,
  withSections,
} from './architecture-doc.ts';
import { folderImports, renderFolderMap } from './folder-imports.ts';
import { readGeneratedSection, writeGeneratedSection } from './generated-sections.ts';

const doc = readFileSync(architectureDocPath, 'utf8');
/** The rows of the hand-written table of what each folder holds. */
const handWrittenRows = () => {
  const lines = doc.slice(doc.indexOf('| folder | what it holds |')).split('\n');
  return lines.slice(
    2,
    lines.findIndex((line) => !line.startsWith('|')),
  );
};
const describedFolders = () => handWrittenRows().map((row) => /^\| `([a-z-]+)\/` \|/.exec(row)?.[1]);

describe('docs/ARCHITECTURE.md', () => {
  it('holds the store’s tables and the folder map exactly as the generator makes them now', async () => {
    const stale = staleSections(doc, await architectureSections());
    expect(
      stale,
      `docs/ARCHITECTURE.md is out of date in ${stale.join(', ')}: run \`${regenerateArchitectureCommand}\``,
    ).toEqual([]);
  });

  it('lists the tables of recent migrations (held deliveries, the store’s origin)', () => {
    const tables = readGeneratedSection(doc, 'tables') ?? '';
    expect(tables).toMatch(/^\| `delivery_hold` \| delivery_id, reason, /m);
    expect(tables).toMatch(/^\| `store_origin` \| origin, /m);
  });

  it('describes every folder of src/ in the hand-written table, and no folder that is gone', () => {
    const folders = readdirSync(sourceRoot, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(describedFolders().sort()).toEqual(folders);
  });

  it('names the default linkage method the code uses', async () => {
    const store = await openStore(':memory:');
    try {
      const { method } = await linkPersons(store); // no persons: only the method it chose
      const label = { 'fellegi-sunter': 'Fellegi–Sunter', exact: 'exact tokens' }[method];
      const linkageRow = handWrittenRows().find((line) => line.startsWith('| `linkage/` |')) ?? '';
      expect(linkageRow).toContain(`${label} (the default`);
      expect(doc).not.toMatch(/exact tokens \(the (pipeline's )?default/);
    } finally {
      store.close();
    }
  });

  it('names every linkage slot a person delivery carries, Bloom filters included', () => {
    const slots = Object.keys(personSchema.shape).filter((k) => k.startsWith('link_'));
    expect(slots).toContain('link_bloom_name');
    for (const slot of slots) expect(doc, slot).toContain(`\`${slot}\``);
    expect(doc).not.toMatch(/tokens only/);
  });
});

describe('the architecture generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zicht-folders-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('maps folders by their imports: values and types apart, tests and comments left out', () => {
    file('src/core/index.ts', "export { a } from './a.ts';\n");
    file('src/core/a.ts', 'export const a = 1;\n');
    file('src/store/index.ts', 'export type Store = { run(): void };\n');
    file(
      'src/shell/main.ts',
      "import { a } from '../core/index.ts';\nimport type { Store } from '../store/index.ts';\nimport './local.ts';\n// import { x } from '../ghost/index.ts';\n",
    );
    file(
      'src/shell/deep/view.tsx',
      "import {\n  type Store,\n} from '../../store/index.ts';\nconst later = () => import('../../core/a.ts');\n",
    );
    file(
      'src/shell/main.test.ts',
      "import { helper } from '../../test/support/helper.ts';\nimport { x } from '../tests-only/index.ts';\n",
    );
    file('src/shell/local.ts', '');
    file('src/tests-only/index.ts', 'export const x = 1;\n');
    const map = folderImports(join(dir, 'src'));
    expect([...map.keys()].sort()).toEqual(['core', 'shell', 'store', 'tests-only']);
    expect(Object.fromEntries(map.get('shell') ?? [])).toEqual({ core: 'values', store: 'types' });
    expect(map.get('core')?.size).toBe(0);
    expect(renderFolderMap(map).split('\n').slice(2)).toEqual([
      '| folder | imports from | imported by |',
      '|---|---|---|',
      '| `core/` | — | `shell/` |',
      '| `shell/` | `core/`, `store/` (types) | — |',
      '| `store/` | — | `shell/` (types) |',
      '| `tests-only/` | — | — |',
    ]);
  });

  it('names a production import of test code by its path from the repository', () => {
    file('src/leaky/index.ts', "import { fixture } from '../../test/support/fixture.ts';\n");
    expect([...(folderImports(join(dir, 'src')).get('leaky')?.keys() ?? [])]).toEqual(['test/support']);
  });

  it('replaces only what is between the markers, and finds stale parts', () => {
    const text =
      'intro\n<!-- tables:begin -->\nold\n<!-- tables:end -->\nmiddle\n<!-- folders:begin -->\nsame\n<!-- folders:end -->\nend\n';
    expect(staleSections(text, { tables: 'new', folders: 'same' })).toEqual(['tables']);
    const updated = withSections(text, { tables: 'new', folders: 'same' });
    expect(updated).toBe(
      'intro\n<!-- tables:begin -->\nnew\n<!-- tables:end -->\nmiddle\n<!-- folders:begin -->\nsame\n<!-- folders:end -->\nend\n',
    );
    expect(staleSections(updated, { tables: 'new', folders: 'same' })).toEqual([]);
    expect(readGeneratedSection('no markers', 'tables')).toBeNull();
    expect(() => writeGeneratedSection('no markers', 'tables', 'x')).toThrow(
      'the document has no <!-- tables:begin --> … <!-- tables:end --> markers',
    );
  });
});
