import type { CaptureTable } from './capture-table.ts';
import { fitLogLinear, type FitLogLinearOptions, type LogLinearFit } from './fit-log-linear.ts';

/** A pairwise term left out of the model, and why. */
export interface DroppedTerm {
  readonly term: string;
  readonly reason: string;
}

export interface TwoWayFit {
  /** The fit of the largest estimable model reached by dropping terms (a failure if none is). */
  readonly fit: LogLinearFit;
  readonly dropped: readonly DroppedTerm[];
}

/**
 * Fits the model with every pairwise interaction. When that model cannot be estimated (its MLE does
 * not exist, or a term is not identifiable), the interactions the check names are dropped and the
 * rest is fitted again, until an estimable model remains: each dropped term is reported with the
 * reason, so the reader sees what was not estimated instead of a number that should not exist.
 */
export function fitTwoWayModel(table: CaptureTable, options: FitLogLinearOptions = {}): TwoWayFit {
  const k = table.sources.length;
  let pairs: (readonly [number, number])[] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
  const dropped: DroppedTerm[] = [];
  for (;;) {
    const fit = fitLogLinear(table, { interactions: pairs }, options);
    if (fit.status === 'ok' || fit.status === 'not-converged') return { fit, dropped };
    const names = pairs.map(([i, j]) => `${table.sources[i]}:${table.sources[j]}`);
    const offending = new Set(fit.offendingTerms.filter((term) => names.includes(term)));
    if (offending.size === 0) return { fit, dropped };
    for (const term of offending) dropped.push({ term, reason: fit.message });
    pairs = pairs.filter((_, p) => !offending.has(names[p] as string));
  }
}
