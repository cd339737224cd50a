export { buildEditionTables } from './build-edition-tables.ts';
export { createEdition, type Edition, type EditionPeriod, readEdition } from './create-edition.ts';
export { EditionError } from './edition-error.ts';
export type { EditionTable, EditionTables } from './edition-table.ts';
export { latestIndicatorRun, loadMonitorSummary } from './load-monitor-summary.ts';
export { publishEdition, renderSite, type SiteFile } from './publish-edition.ts';
export { tableCsv } from './table-downloads.ts';
export type { MonitorSummary } from '../contract/monitor-summary.ts';
