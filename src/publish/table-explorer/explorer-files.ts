import type { Lang } from '../column-labels.ts';
import type { EditionTables } from '../edition-table.ts';
import type { SiteFile } from '../publish-edition.ts';
import { renderPage } from '../render-page.ts';
import { explorerPage } from '../site-pages.ts';
import { explorerScript } from './build-explorer-script.ts';
import { explorerData } from './explorer-data.ts';
import { explorerDataPath, renderExplorerBody } from './render-explorer-page.ts';

/** The explorer's part of the site: its page in both languages, its script, and a JSON file per table. */
export function explorerFiles(tables: EditionTables): SiteFile[] {
  const files: SiteFile[] = (['nl', 'en'] as const satisfies readonly Lang[]).map((lang) => ({
    path: explorerPage.file[lang],
    content: renderPage(explorerPage, lang, tables.edition, renderExplorerBody(tables, lang), {
      scripts: ['table-explorer.js'],
    }),
  }));
  files.push({ path: 'table-explorer.js', content: explorerScript() });
  for (const table of tables.tables)
    files.push({ path: explorerDataPath(table.id), content: `${JSON.stringify(explorerData(table))}\n` });
  return files;
}
