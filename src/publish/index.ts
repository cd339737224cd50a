export { loadMonitorSummary } from './load-monitor-summary.ts';
export type { MonitorSummary } from './monitor-summary.ts';
