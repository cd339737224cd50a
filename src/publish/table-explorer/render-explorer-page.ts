import { escapeHtml } from '../../html/index.ts';
import type { Lang } from '../column-labels.ts';
import type { EditionTables } from '../edition-table.ts';
import { hrefFrom, themePages } from '../site-pages.ts';
import { siteThemes } from '../site-themes.ts';
import { downloadPath } from '../table-downloads.ts';
import { explorerTexts } from './explorer-texts.ts';

/** Where a table's explorer data lives, relative to the site root. */
export const explorerDataPath = (tableId: string): string => `data/${tableId}.json`;

/**
 * The explorer page: the controls and an empty table the script fills (hidden until it runs), and
 * below it every table with its theme page and downloads, which work without the script.
 */
export function renderExplorerBody(tables: EditionTables, lang: Lang): string {
  const t = explorerTexts[lang];
  const titleOf = (id: string) => escapeHtml(tables.tables.find((x) => x.id === id)?.title[lang] ?? id);
  const themed = new Set(siteThemes.flatMap((theme) => theme.indicators.map((i) => i.id)));
  const groups = siteThemes.map((theme) => ({
    label: theme.title[lang],
    page: themePages.find((p) => p.key === theme.slug.en),
    ids: theme.indicators.map((i) => i.id).filter((id) => tables.tables.some((x) => x.id === id)),
  }));
  const rest = tables.tables.filter((x) => !themed.has(x.id)).map((x) => x.id);
  if (rest.length > 0)
    groups.push({ label: lang === 'nl' ? 'Overige tabellen' : 'Other tables', page: undefined, ids: rest });
  const options = groups
    .map(
      (g) =>
        `<optgroup label="${escapeHtml(g.label)}">${g.ids.map((id) => `<option value="${escapeHtml(id)}">${titleOf(id)}</option>`).join('')}</optgroup>`,
    )
    .join('\n');
  const list = groups
    .map(
      (g) => `<h3>${escapeHtml(g.label)}</h3>
<ul class="table-list">
${g.ids
  .map(
    (id) =>
      `<li>${g.page ? `<a href="${hrefFrom(lang, g.page.file[lang])}#${escapeHtml(id)}-heading">${titleOf(id)}</a>` : titleOf(id)} — <a href="${hrefFrom(lang, downloadPath(id, 'csv', lang))}" download>CSV<span class="visually-hidden"> — ${titleOf(id)}</span></a> <a href="${hrefFrom(lang, downloadPath(id, 'xlsx', lang))}" download>XLSX<span class="visually-hidden"> — ${titleOf(id)}</span></a></li>`,
  )
  .join('\n')}
</ul>`,
    )
    .join('\n');
  return `<h1>${t.title}</h1>
<p class="intro">${t.intro}</p>
<noscript><p class="note">${t.needsScript}</p></noscript>
<div id="table-explorer" class="explorer" data-lang="${lang}" data-base="${hrefFrom(lang, 'data/')}" hidden>
<div class="explorer-controls">
<p class="explorer-field explorer-table"><label for="explorer-table">${t.table}</label>
<select id="explorer-table">
${options}
</select></p>
<fieldset><legend>${t.layout}</legend>
<p class="explorer-field"><label for="explorer-columns">${t.columns}</label> <select id="explorer-columns"></select></p>
<p class="explorer-field" id="explorer-rows-field"><label for="explorer-rows">${t.rows}</label> <select id="explorer-rows"></select></p>
<p class="explorer-field" id="explorer-measure-field"><label for="explorer-measure">${t.measure}</label> <select id="explorer-measure"></select></p>
</fieldset>
<fieldset><legend>${t.filters}</legend><div id="explorer-filters"></div></fieldset>
<p class="explorer-download"><button type="button" id="explorer-download" aria-describedby="explorer-download-hint">${t.download}</button> <span id="explorer-download-hint" class="note">${t.downloadHint}</span></p>
</div>
<p id="explorer-count" class="explorer-count" role="status" aria-live="polite"></p>
<div class="table-scroll explorer-scroll" role="region" aria-labelledby="explorer-caption" tabindex="0">
<table id="explorer-grid"><caption id="explorer-caption">${t.title}</caption></table>
</div>
<p class="note" id="explorer-note"></p>
</div>
<h2>${t.allTables}</h2>
${list}`;
}
