import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Store } from '../store/index.ts';
import { buildEditionTables } from './build-edition-tables.ts';
import type { Lang } from './column-labels.ts';
import type { EditionTables } from './edition-table.ts';
import { renderHomeBody } from './render-home-page.ts';
import { renderMethodsBody } from './render-methods-body.ts';
import { renderPage } from './render-page.ts';
import { renderPrintBody } from './render-print-body.ts';
import { renderThemeBody } from './render-theme-page.ts';
import { homePage, methodsPage, printPage, themePages } from './site-pages.ts';
import { siteStyles } from './site-styles.ts';
import { siteFavicon } from './site-favicon.ts';
import { siteThemes } from './site-themes.ts';
import { explorerFiles } from './table-explorer/index.ts';
import { tableDownloads } from './table-downloads.ts';

export type SiteFile = { readonly path: string; readonly content: string | Uint8Array };

/** Every file of the static site for an edition's tables: pages in both languages, the stylesheet, the downloads. */
export async function renderSite(tables: EditionTables): Promise<SiteFile[]> {
  const files: SiteFile[] = [
    { path: 'site.css', content: siteStyles },
    { path: 'favicon.svg', content: siteFavicon },
    ...explorerFiles(tables),
  ];
  for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
    const page = (p: typeof homePage, body: string) =>
      files.push({ path: p.file[lang], content: renderPage(p, lang, tables.edition, body) });
    page(homePage, renderHomeBody(tables, lang));
    siteThemes.forEach((theme, i) => {
      const themePage = themePages[i];
      if (themePage) page(themePage, renderThemeBody(theme, tables, lang));
    });
    page(methodsPage, renderMethodsBody(tables, lang));
    page(printPage, renderPrintBody(tables, lang));
  }
  const stampedAt = new Date(tables.edition.createdAt);
  for (const table of tables.tables) files.push(...(await tableDownloads(table, stampedAt)));
  return files;
}

/** Builds an edition's tables from what it froze and writes its static site to `outDir`; returns the files written. */
export async function publishEdition(
  store: Store,
  editionId: string,
  outDir: string,
  options: Parameters<typeof buildEditionTables>[2] = {},
): Promise<string[]> {
  const files = await renderSite(await buildEditionTables(store, editionId, options));
  for (const file of files) {
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  return files.map((f) => f.path);
}
