/**
 * The monitor's first page as data (`GET /api/monitor`). The web app checks this shape when it
 * arrives (src/web/monitor-summary.ts); the server builds it from the latest pipeline run.
 */
export type MonitorSummary = {
  readonly edition: { readonly yearFrom: number; readonly yearTo: number; readonly generatedAt: string };
  readonly sources: readonly { readonly code: string; readonly label: { readonly nl: string; readonly en: string } }[];
  readonly victimsPerYearBySource: readonly { readonly year: number; readonly source: string; readonly victims: number }[];
  readonly victimsPerYear: readonly { readonly year: number; readonly registered: number }[];
  readonly estimate: null | {
    readonly observed: number;
    readonly hidden: number;
    readonly total: number;
    readonly lower: number;
    readonly upper: number;
    readonly model: string;
    readonly sources: readonly string[];
    readonly period: { readonly from: number; readonly to: number };
  };
  readonly pipeline: readonly { readonly stage: string; readonly durationMs: number; readonly summary: string }[];
};
