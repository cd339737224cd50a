import type { CaptureTable } from './capture-table.ts';
import { completeCaptureTable } from './complete-capture-table.ts';
import { emptyPairMargins, type MissingMle } from './empty-pair-margins.ts';
import { findDependentColumns } from './find-dependent-columns.ts';
import { newtonWorkspace } from './fit-poisson-newton.ts';
import { fitPairwiseModel } from './fit-pairwise-model.ts';
import { logGamma } from './log-gamma.ts';
import type { PairwiseDesign } from './pairwise-design.ts';
import { denseRows, type PairwiseModel, type PairwiseModelSpace, pairwiseModelSpace } from './pairwise-model-space.ts';

export type PairwiseSearch = 'all-subsets' | 'forward';

/** One candidate of a model search, without coefficients or interval (those come with the refit). */
export interface PairwiseModelSummary {
  /** Indices into the design's pairs, ascending. */
  readonly pairs: readonly number[];
  /** Pairwise interactions, named like R ('A:B'). */
  readonly interactions: readonly string[];
  readonly status: 'ok' | 'not-identifiable' | 'mle-does-not-exist' | 'not-converged';
  readonly parameters: number;
  readonly deviance: number | null;
  readonly aic: number | null;
  readonly bic: number | null;
  readonly nHat: number | null;
  /** Why an excluded model was excluded: the terms concerned and, for a missing MLE, the zero cells. */
  readonly problem: MissingMle | null;
}

export interface PairwiseModelSearch {
  readonly design: PairwiseDesign;
  readonly search: PairwiseSearch;
  /** In the order tried (all-subsets: by bitmask over the pairs). */
  readonly models: readonly PairwiseModelSummary[];
  /** Every estimable model's coefficients by model id: warm starts for a search on a similar table. */
  readonly starts: ReadonlyMap<number, Float64Array>;
}

export interface SearchPairwiseModelsOptions {
  readonly search: PairwiseSearch;
  readonly criterion: 'aic' | 'bic';
  /** Reuse the designs of an earlier search on the same lists (bootstrap replicates). */
  readonly space?: PairwiseModelSpace;
  /** Start each model from an earlier search's fit on a similar table (bootstrap replicates). */
  readonly starts?: ReadonlyMap<number, Float64Array>;
  /** Relative change in deviance at which a fit has converged; default 1e-12 (as fitLogLinear). */
  readonly tolerance?: number;
}

/**
 * Fits hierarchical two-way models fast enough to try all 2^15 for six lists: one design built once,
 * a sparse typed-array Newton fit warm-started from a submodel, the exact check for a missing MLE
 * only where it can matter (`fitPairwiseModel`), and an empty 2×2 margin found from the counts. A
 * model containing a model without MLE has none either (the same direction of recession works), so
 * it inherits that model's reason without a fit.
 */
export function searchPairwiseModels(table: CaptureTable, options: SearchPairwiseModelsOptions): PairwiseModelSearch {
  const complete = completeCaptureTable(table);
  const space = options.space ?? pairwiseModelSpace(complete.sources);
  const { design } = space;
  if (design.terms.slice(1, 1 + design.k).some((term, i) => term.name !== complete.sources[i])) {
    throw new Error('the model space was built for other sources');
  }
  const y = Float64Array.from(complete.counts);
  const observed = complete.counts.reduce((s, c) => s + c, 0);
  // logLik = Σ (y log μ − μ − log y!) = Σ y log y − Σ y − deviance/2 − Σ log y!
  const logLikAtZeroDeviance = complete.counts.reduce(
    (s, c) => s + (c > 0 ? c * Math.log(c) : 0) - c - logGamma(c + 1),
    0,
  );
  const workspace = newtonWorkspace(design.cells, design.columns);
  const emptyMargins = emptyPairMargins(design, y);
  const names = design.terms.map((term) => term.name);
  const tolerance = options.tolerance ?? 1e-12;
  const summaries = new Map<number, PairwiseModelSummary>();
  const starts = new Map<number, Float64Array>();

  const excluded = (
    model: PairwiseModel,
    status: PairwiseModelSummary['status'],
    problem: MissingMle,
  ): PairwiseModelSummary => ({
    pairs: model.pairs,
    interactions: model.interactions,
    status,
    parameters: model.columns.length,
    deviance: null,
    aic: null,
    bic: null,
    nHat: null,
    problem,
  });

  const fitModel = (model: PairwiseModel, submodels: readonly PairwiseModel[]): PairwiseModelSummary => {
    let start = options.starts?.get(model.id) ?? null;
    for (let drop = 0; drop < submodels.length; drop++) {
      const sub = summaries.get((submodels[drop] as PairwiseModel).id);
      if (sub?.status === 'mle-does-not-exist' && sub.problem) return excluded(model, sub.status, sub.problem);
      const subBeta = start ? undefined : starts.get((submodels[drop] as PairwiseModel).id);
      if (subBeta) start = insertZero(subBeta, 1 + design.k + drop);
    }
    for (const pair of model.pairs) {
      const empty = emptyMargins[pair];
      if (empty) return excluded(model, 'mle-does-not-exist', empty);
    }
    if (!space.fullRank) {
      const dependent = findDependentColumns(denseRows(design, model.columns));
      if (dependent.length > 0) {
        const offending = dependent.map((j) => names[model.columns[j] as number] as string);
        const message = `not estimable from the observed cells: ${offending.join(', ')}`;
        return excluded(model, 'not-identifiable', { message, offendingTerms: offending, boundaryCells: [] });
      }
    }
    const result = fitPairwiseModel(space, model, complete.counts, y, start, workspace, tolerance, complete.histories);
    if (result.status !== 'ok') return excluded(model, result.status, result.problem);
    const fit = result.fit;
    starts.set(model.id, fit.beta);
    const logLik = logLikAtZeroDeviance - fit.deviance / 2;
    const p = model.columns.length;
    return {
      pairs: model.pairs,
      interactions: model.interactions,
      status: 'ok',
      parameters: p,
      deviance: fit.deviance,
      aic: -2 * logLik + 2 * p,
      bic: -2 * logLik + p * Math.log(observed),
      nHat: observed + Math.exp(fit.beta[0] as number),
      problem: null,
    };
  };

  const evaluate = (model: PairwiseModel, submodels: () => PairwiseModel[]): PairwiseModelSummary => {
    const known = summaries.get(model.id);
    if (known) return known;
    const summary = fitModel(model, submodels());
    summaries.set(model.id, summary);
    return summary;
  };

  const models: PairwiseModelSummary[] = [];
  if (options.search === 'all-subsets') {
    const count = design.pairs.length;
    if (count > 15) throw new Error(`all-subsets search over ${count} pairs is too large; use forward`);
    for (let mask = 0; mask < 2 ** count; mask++) {
      const model = space.modelOfMask(mask);
      models.push(evaluate(model, () => model.pairs.map((pair) => space.modelOfMask(mask ^ (1 << pair)))));
    }
  } else {
    const score = (m: PairwiseModelSummary) => m[options.criterion];
    const evaluatePairs = (pairs: readonly number[]) =>
      evaluate(space.model(pairs), () => pairs.map((_, drop) => space.model(pairs.filter((__, i) => i !== drop))));
    let current = evaluatePairs([]);
    models.push(current);
    for (;;) {
      const steps = design.pairs
        .map((_, pair) => pair)
        .filter((pair) => !current.pairs.includes(pair))
        .map((pair) => evaluatePairs([...current.pairs, pair].sort((a, b) => a - b)));
      models.push(...steps);
      const better = steps
        .filter((m) => score(m) !== null)
        .sort((a, b) => (score(a) as number) - (score(b) as number))[0];
      const now = score(current);
      if (!better || (now !== null && (score(better) as number) >= now)) break;
      current = better;
    }
  }
  return { design, search: options.search, models, starts };
}

function insertZero(beta: Float64Array, at: number): Float64Array {
  const out = new Float64Array(beta.length + 1);
  out.set(beta.subarray(0, at), 0);
  out.set(beta.subarray(at), at + 1);
  return out;
}
