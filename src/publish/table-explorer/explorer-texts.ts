import type { ExplorerLang } from './explorer-table.ts';

/** The explorer's words, for the page (rendered at publish time) and the script (in the browser). */
export const explorerTexts = {
  nl: {
    title: 'Tabellen verkennen',
    intro:
      'Kies een tabel en deel haar in zoals u wilt: een kenmerk in de kolommen, een ander in de rijen, filter op de rest en sorteer op elke kolom. Afgeschermde cellen blijven afgeschermd (·).',
    table: 'Tabel',
    layout: 'Indeling',
    columns: 'Kolommen',
    noColumns: 'Geen: een lijst van rijen',
    rows: 'Rijen',
    measure: 'Waarde',
    filters: 'Filters',
    noFilters: 'Deze indeling heeft geen filters.',
    every: 'Alle',
    download: 'Download deze weergave (CSV)',
    downloadHint: 'Met puntkomma’s en decimale komma’s, zoals Excel in het Nederlands verwacht.',
    rowCount: (shown: number, total: number) =>
      `${shown} ${shown === 1 ? 'rij' : 'rijen'} getoond, ${total} ${total === 1 ? 'rij' : 'rijen'} in de tabel.`,
    loading: 'De tabel wordt geladen…',
    loadFailed: 'De tabel kon niet worden geladen. Gebruik de downloads hieronder.',
    sortBy: 'sorteer',
    unit: 'eenheid',
    withheldNote:
      '· = afgeschermd: een aantal onder de drempel, of een aantal waaruit een afgeschermd aantal terug te rekenen is.',
    allTables: 'Alle tabellen',
    needsScript:
      'De verkenner heeft JavaScript nodig. De tabellen zelf staan op de themapagina’s en hieronder als download.',
  },
  en: {
    title: 'Explore the tables',
    intro:
      'Choose a table and arrange it as you like: one characteristic across the columns, another down the rows, filter on the rest and sort on any column. Withheld cells stay withheld (·).',
    table: 'Table',
    layout: 'Layout',
    columns: 'Columns',
    noColumns: 'None: a list of rows',
    rows: 'Rows',
    measure: 'Value',
    filters: 'Filters',
    noFilters: 'This layout has no filters.',
    every: 'All',
    download: 'Download this view (CSV)',
    downloadHint: 'Comma-separated, with decimal points.',
    rowCount: (shown: number, total: number) =>
      `${shown} ${shown === 1 ? 'row' : 'rows'} shown, ${total} ${total === 1 ? 'row' : 'rows'} in the table.`,
    loading: 'Loading the table…',
    loadFailed: 'The table could not be loaded. Use the downloads below.',
    sortBy: 'sort',
    unit: 'unit',
    withheldNote: '· = withheld: a count below the threshold, or a count a withheld count could be worked out from.',
    allTables: 'All tables',
    needsScript: 'The explorer needs JavaScript. The tables themselves are on the theme pages and below as downloads.',
  },
} as const satisfies Record<ExplorerLang, unknown>;
