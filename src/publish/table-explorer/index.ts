export { explorerFiles } from './explorer-files.ts';
