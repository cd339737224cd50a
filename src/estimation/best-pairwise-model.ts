import type { CaptureTable } from './capture-table.ts';
import { completeCaptureTable } from './complete-capture-table.ts';
import { emptyPairMargins } from './empty-pair-margins.ts';
import { fitPairwiseModel } from './fit-pairwise-model.ts';
import { newtonWorkspace } from './fit-poisson-newton.ts';
import { logGamma } from './log-gamma.ts';
import type { PairwiseModelSpace } from './pairwise-model-space.ts';

export interface BestPairwiseModel {
  readonly pairs: readonly number[];
  readonly interactions: readonly string[];
  readonly score: number;
  readonly nHat: number;
  /** Models actually fitted (the rest were bounded out or had no MLE by an empty margin). */
  readonly fitted: number;
}

/**
 * The two-way model with the lowest AIC or BIC over all subsets of pairs — the same answer as
 * ranking `searchPairwiseModels`, found with far fewer fits by branch and bound. Models are visited
 * from the largest down (every superset before its subsets); a model's deviance is at least that of
 * any model containing it, so score ≥ (largest deviance among fitted supersets) + penalty, and a model
 * whose bound is already worse than the best so far is skipped without a fit. Starting from a good
 * guess (`initialMask`, e.g. the model chosen on the data) makes the bound bite early. For the
 * bootstrap, where only each replicate's winner matters. Ties go to the lower bitmask, as the ranking.
 */
export function bestPairwiseModel(
  table: CaptureTable,
  options: {
    readonly criterion: 'aic' | 'bic';
    readonly space: PairwiseModelSpace;
    readonly starts?: ReadonlyMap<number, Float64Array>;
    readonly tolerance?: number;
    readonly initialMask?: number;
  },
): BestPairwiseModel | null {
  const { space } = options;
  const { design } = space;
  const complete = completeCaptureTable(table);
  if (!space.fullRank) throw new Error('bestPairwiseModel needs an identifiable largest model (three or more lists)');
  const y = Float64Array.from(complete.counts);
  const observed = complete.counts.reduce((s, c) => s + c, 0);
  const logLikAtZeroDeviance = complete.counts.reduce(
    (s, c) => s + (c > 0 ? c * Math.log(c) : 0) - c - logGamma(c + 1),
    0,
  );
  // score = base + deviance + penalty · parameters
  const base = -2 * logLikAtZeroDeviance;
  const penalty = options.criterion === 'aic' ? 2 : Math.log(observed);
  const workspace = newtonWorkspace(design.cells, design.columns);
  const pairCount = design.pairs.length;
  if (pairCount > 15) throw new Error(`all-subsets search over ${pairCount} pairs is too large`);
  let emptyMask = 0;
  emptyPairMargins(design, y).forEach((empty, pair) => {
    if (empty) emptyMask |= 1 << pair;
  });
  const lowerBound = new Float64Array(2 ** pairCount).fill(Number.NEGATIVE_INFINITY);
  let best: { mask: number; score: number; nHat: number } | null = null;
  let fitted = 0;
  const tryModel = (mask: number): number | null => {
    const model = space.modelOfMask(mask);
    const start = options.starts?.get(mask) ?? null;
    const result = fitPairwiseModel(
      space,
      model,
      complete.counts,
      y,
      start,
      workspace,
      options.tolerance ?? 1e-12,
      complete.histories,
    );
    fitted++;
    if (result.status !== 'ok') return null;
    const score = base + result.fit.deviance + penalty * model.columns.length;
    if (!best || score < best.score || (score === best.score && mask < best.mask)) {
      best = { mask, score, nHat: observed + Math.exp(result.fit.beta[0] as number) };
    }
    return result.fit.deviance;
  };
  const initial = options.initialMask;
  let initialDeviance: number | null = null;
  if (initial !== undefined && (initial & emptyMask) === 0) initialDeviance = tryModel(initial);
  for (let mask = 2 ** pairCount - 1; mask >= 0; mask--) {
    let bound = lowerBound[mask] as number;
    for (let pair = 0; pair < pairCount; pair++) {
      if (!((mask >> pair) & 1)) bound = Math.max(bound, lowerBound[mask | (1 << pair)] as number);
    }
    lowerBound[mask] = bound;
    if (mask & emptyMask) continue;
    const parameters = 1 + design.k + bitCount(mask);
    const current = best as { score: number } | null;
    if (current && base + bound + penalty * parameters > current.score + 1e-9 * Math.abs(current.score)) continue;
    const deviance = mask === initial ? initialDeviance : tryModel(mask);
    // The computed deviance is the minimum up to ~1e-12 relative; the slack above absorbs that.
    if (deviance !== null) lowerBound[mask] = Math.max(bound, deviance);
  }
  const winner = best as { mask: number; score: number; nHat: number } | null;
  if (!winner) return null;
  const model = space.modelOfMask(winner.mask);
  return { pairs: model.pairs, interactions: model.interactions, score: winner.score, nHat: winner.nHat, fitted };
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}
