export { explorerData } from './explorer-data.ts';
export { explorerFiles } from './explorer-files.ts';
export type { ExplorerLabel, ExplorerRow, ExplorerTable, Withheld } from './explorer-table.ts';
