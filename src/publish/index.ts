export { loadMonitorSummary } from './load-monitor-summary.ts';
export type { MonitorSummary } from '../contract/monitor-summary.ts';
