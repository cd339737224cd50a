// The outside attacker: reads a published site as anyone can, rebuilds the relations between its
// tables from the numbers alone, and bounds every withheld or perturbed count. Shares nothing with
// `disclosure/` or `publish/`: what it knows comes from the published files.
export { type DifferenceCell, type DifferenceReport, attackDifference } from './attack-difference.ts';
export type { AttackOptions } from './attack-model.ts';
export { type AttackedCell, type AttackReport, attackPublication } from './attack-publication.ts';
export { monitorApiTables } from './monitor-api-tables.ts';
export { parsePublishedTable } from './parse-published-table.ts';
export type { ColumnKind, PublishedColumn, PublishedRow, PublishedTable, RowStatus } from './published-table.ts';
export { PublishedSiteError, readPublishedSite } from './read-published-site.ts';
export { summariseAttack, summariseDifference } from './summarise-attack.ts';
