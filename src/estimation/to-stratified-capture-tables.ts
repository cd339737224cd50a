import { type CaptureHistory, type CaptureTable, toCaptureTable } from './capture-table.ts';

/** A person's capture history together with the covariate value of the stratum they belong to. */
export interface StratifiedCaptureHistory {
  readonly stratum: string;
  readonly history: CaptureHistory;
}

export interface CaptureTableStratum {
  readonly stratum: string;
  readonly table: CaptureTable;
}

/**
 * One capture table per stratum (e.g. age group): estimating within strata is how heterogeneity in
 * capture probabilities by a known covariate is kept out of the estimate. Strata come out sorted.
 */
export function toStratifiedCaptureTables(
  histories: readonly StratifiedCaptureHistory[],
  sources: readonly string[],
): CaptureTableStratum[] {
  const byStratum = new Map<string, CaptureHistory[]>();
  for (const { stratum, history } of histories) {
    const list = byStratum.get(stratum) ?? [];
    list.push(history);
    byStratum.set(stratum, list);
  }
  return [...byStratum.keys()]
    .sort()
    .map((stratum) => ({ stratum, table: toCaptureTable(byStratum.get(stratum) ?? [], sources) }));
}
