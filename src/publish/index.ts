export { buildEditionTables, computeEditionTables } from './build-edition-tables.ts';
export { createEdition, type Edition, type EditionPeriod, readEdition } from './create-edition.ts';
export { EditionError } from './edition-error.ts';
export type { EditionTable, EditionTables } from './edition-table.ts';
export { latestIndicatorRun, loadMonitorSummary } from './load-monitor-summary.ts';
export { type EditionListItem, listEditions } from './list-editions.ts';
export { outsideAttack, publishedForAttack } from './outside-attack.ts';
export {
  type Breach,
  disclosureThreshold,
  type OutsideAttack,
  protectEditionTables,
  protectionLevel,
} from './protect-edition-tables.ts';
export { publishEdition, renderSite, type SiteFile } from './publish-edition.ts';
export { publishToSite, readSiteManifest, type SiteManifest, siteManifestSchema } from './publish-to-site.ts';
export { tableCsv } from './table-downloads.ts';
export type { MonitorSummary } from '../contract/monitor-summary.ts';
