import { fileURLToPath } from 'node:url';
import { openStore } from '../store/index.ts';
import { folderImports, renderFolderMap } from './folder-imports.ts';
import { readGeneratedSection, writeGeneratedSection } from './generated-sections.ts';
import { renderStoreTables } from './render-store-tables.ts';

/** docs/ARCHITECTURE.md and the src/ folder it describes, wherever the repository is. */
export const architectureDocPath = fileURLToPath(new URL('../../docs/ARCHITECTURE.md', import.meta.url));
export const sourceRoot = fileURLToPath(new URL('..', import.meta.url));
export const regenerateArchitectureCommand = 'npx zicht docs architecture';

/** The parts of docs/ARCHITECTURE.md that are generated: the store's tables and the folder map. */
export type ArchitectureSections = { readonly tables: string; readonly folders: string };

export async function architectureSections(srcDir: string = sourceRoot): Promise<ArchitectureSections> {
  const store = await openStore(':memory:');
  try {
    return { tables: await renderStoreTables(store), folders: renderFolderMap(folderImports(srcDir)) };
  } finally {
    store.close();
  }
}

/** The names of the generated parts of `doc` that differ from `sections` (missing markers count as different). */
export function staleSections(doc: string, sections: ArchitectureSections): string[] {
  return Object.entries(sections)
    .filter(([name, content]) => readGeneratedSection(doc, name) !== content.trim())
    .map(([name]) => name);
}

/** `doc` with every generated part replaced by its current content. */
export function withSections(doc: string, sections: ArchitectureSections): string {
  return Object.entries(sections).reduce((text, [name, content]) => writeGeneratedSection(text, name, content), doc);
}
