import type { CaptureTable } from './capture-table.ts';
import { completeCaptureTable } from './complete-capture-table.ts';
import { fitLogLinear, type FitLogLinearOptions, type LogLinearFit } from './fit-log-linear.ts';
import { type DroppedTerm, largestEstimableModel } from './largest-estimable-model.ts';
import { orderPairsBySupport } from './order-pairs-by-support.ts';

export type { DroppedTerm } from './largest-estimable-model.ts';

export interface TwoWayFit {
  /** The fit of the largest estimable model reached by dropping terms (a failure if none is). */
  readonly fit: LogLinearFit;
  /** Pairs left out because the data cannot estimate them, in model order. */
  readonly dropped: readonly DroppedTerm[];
}

/**
 * Fits the model with every pairwise interaction. When that model cannot be estimated (its MLE does
 * not exist, or a term is not identifiable), as few pairs as possible are dropped
 * (`largestEstimableModel`, best supported pairs kept first) and the rest is fitted: each dropped
 * term is reported with the reason, so the reader sees what was not estimated instead of a number
 * that should not exist.
 */
export function fitTwoWayModel(table: CaptureTable, options: FitLogLinearOptions = {}): TwoWayFit {
  const { sources, histories, counts } = completeCaptureTable(table);
  const k = sources.length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
  const model = largestEstimableModel({
    histories,
    counts,
    fixedNames: ['(Intercept)', ...sources],
    fixed: histories.map((h) => [1, ...sources.map((_, i) => (h[i] === '1' ? 1 : 0))]),
    candidates: pairs.map(([i, j]) => ({
      name: `${sources[i]}:${sources[j]}`,
      column: histories.map((h) => (h[i] === '1' && h[j] === '1' ? 1 : 0)),
    })),
    order: orderPairsBySupport(histories, counts, pairs),
  });
  if (!model.estimable) {
    const { message, offendingTerms, boundaryCells } = model;
    return {
      fit: { status: 'mle-does-not-exist', sources, interactions: [], message, offendingTerms, boundaryCells },
      dropped: [],
    };
  }
  const kept = pairs.filter((_, p) => model.kept[p]);
  return { fit: fitLogLinear(table, { interactions: kept }, options), dropped: model.dropped };
}
