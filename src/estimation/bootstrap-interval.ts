import type { CaptureTable } from './capture-table.ts';
import { fitLogLinear, type LogLinearFit } from './fit-log-linear.ts';
import { EstimationInputError } from './estimation-input-error.ts';
import { bestPairwiseModel } from './best-pairwise-model.ts';
import { samplePoisson } from './sample-poisson.ts';
import { pairwiseModelSpace } from './pairwise-model-space.ts';
import { searchPairwiseModels } from './search-pairwise-models.ts';
import { seededRandom } from '../random/index.ts';
import type { PairwiseModelSummary } from './search-pairwise-models.ts';
import { type LogLinearModelSelection, type ModelCandidate, selectLogLinearModel } from './select-log-linear-model.ts';
import { quantile } from './quantile.ts';

/** What a bootstrap's replicates are drawn from (`BootstrapIntervalOptions.resample`). */
export type BootstrapSource = 'fitted' | 'observed' | 'largest';

export interface BootstrapIntervalOptions {
  /** Number of simulated tables; default 1000. */
  readonly replicates?: number;
  /** Seed of the generator: the same seed gives the same interval. */
  readonly seed: number;
  readonly criterion?: 'aic' | 'bic';
  /** Default 0.95. */
  readonly level?: number;
  /** Default as selectLogLinearModel: all subsets for k ≤ 6 lists, forward above. */
  readonly search?: 'all-subsets' | 'forward';
  /**
   * A fixed model (pairs of list indices) instead of model selection: every replicate refits this
   * model, so the interval then leaves model choice out.
   */
  readonly interactions?: readonly (readonly [number, number])[];
  /**
   * What each replicate's cells are drawn around: 'fitted', the chosen model's fitted counts (the
   * default); 'largest', the fitted counts of the estimable candidate with the most pairs, so the
   * replicates hold every dependence the candidates can express and not only those the choice kept;
   * 'observed', the observed counts themselves (nonparametric: the people seen, resampled). With
   * `interactions`, always the fixed model's fit.
   */
  readonly resample?: BootstrapSource;
  /**
   * A bound on the answer: a model whose N̂ exceeds this many times the number seen is not one (the
   * published rule's ten). With `fallback` such a choice is replaced by the fallback criterion's;
   * `resample: 'largest'` draws from the largest candidate within it, not from a fit the rule would
   * refuse. Default: no bound.
   */
  readonly maxTotalPerObserved?: number;
  /**
   * A second criterion for tables where the first one's choice exceeds `maxTotalPerObserved` times
   * the number seen: the model this criterion chooses is used instead when its own N̂ is within the
   * bound. Applied on the data and on every replicate (against the replicate's own number seen), so
   * the interval is that of the rule as a whole, fallback included.
   */
  readonly fallback?: 'aic' | 'bic';
}

export interface BootstrapInterval {
  readonly method: 'bootstrap';
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
  /** N̂ of the model chosen on the data, the centre the replicates were simulated from. */
  readonly nHat: number;
  readonly model: readonly string[];
  readonly replicates: number;
  /** Replicates on which no model could be estimated (left out of the percentiles). */
  readonly failed: number;
  /** The criterion the model chosen on the data was chosen by (the fallback's when it was used). */
  readonly criterion: 'aic' | 'bic';
  /** Replicates whose model was chosen by the fallback criterion (`BootstrapIntervalOptions.fallback`). */
  readonly fellBack: number;
  /** How often each model was chosen across replicates, most often first: model-choice uncertainty. */
  readonly chosenModels: readonly { readonly interactions: readonly string[]; readonly count: number }[];
  /** N̂ of every successful replicate, in replicate order. */
  readonly estimates: readonly number[];
}

/**
 * The model `resample: 'largest'` draws from: of the estimable candidates with the most pairs (and,
 * given `maxTotal`, N̂ at most that), the best by the criterion (candidates are ranked, so the first);
 * null when there is none. When it is the first candidate, the chosen model, both sources draw the
 * same tables.
 */
export function largestCandidate(
  candidates: readonly ModelCandidate[],
  maxTotal = Number.POSITIVE_INFINITY,
): ModelCandidate | null {
  const estimable = candidates.filter((c) => c.status === 'ok' && c.nHat !== null && c.nHat <= maxTotal);
  return estimable.length === 0 ? null : estimable.reduce((best, c) => (c.pairs.length > best.pairs.length ? c : best));
}

/** What `selectWithinBound` chose, by which criterion, and the first criterion's own selection. */
export interface BoundedSelection {
  readonly selection: LogLinearModelSelection;
  readonly chosenBy: 'aic' | 'bic';
  /** The selection by the first criterion (the same object as `selection` unless the fallback chose). */
  readonly first: LogLinearModelSelection;
}

/**
 * The model `criterion` chooses, or — when its N̂ exceeds `maxTotal` and the one `fallback` chooses
 * does not — the fallback's. The published rule's choice on the data (`estimatePopulationSize`) and
 * the bootstrap's centre.
 */
export function selectWithinBound(
  table: CaptureTable,
  options: {
    readonly criterion: 'aic' | 'bic';
    readonly search: 'all-subsets' | 'forward';
    readonly fallback?: 'aic' | 'bic' | undefined;
    readonly maxTotal: number;
    readonly profileInterval?: boolean;
  },
): BoundedSelection {
  const { criterion, search, fallback, maxTotal } = options;
  const profileInterval = options.profileInterval ?? true;
  const first = selectLogLinearModel(table, { criterion, search, profileInterval });
  if (fallback && first.chosen && first.chosen.nHat > maxTotal) {
    const second = selectLogLinearModel(table, { criterion: fallback, search, profileInterval });
    if (second.chosen && second.chosen.nHat <= maxTotal) return { selection: second, chosenBy: fallback, first };
  }
  return { selection: first, chosenBy: criterion, first };
}

/** The estimable model with the lowest score; the first tried wins a tie, as in the ranking. */
function bestModel(models: readonly PairwiseModelSummary[], criterion: 'aic' | 'bic'): PairwiseModelSummary | null {
  let best: PairwiseModelSummary | null = null;
  for (const model of models) {
    const score = model[criterion];
    if (score !== null && (best === null || score < (best[criterion] as number))) best = model;
  }
  return best;
}

/**
 * Parametric bootstrap interval for N that includes model-selection uncertainty (Buckland, Burnham
 * & Augustin 1997): choose a model on the data, simulate each observed cell as Poisson with that
 * model's fitted mean, choose a model again on every simulated table and take the percentile
 * interval of the replicates' N̂. Pure: the randomness comes from the seed only.
 */
export function bootstrapInterval(table: CaptureTable, options: BootstrapIntervalOptions): BootstrapInterval {
  const replicates = options.replicates ?? 1000;
  const level = options.level ?? 0.95;
  const criterion = options.criterion ?? 'aic';
  const resample = options.resample ?? 'fitted';
  if (!Number.isInteger(replicates) || replicates < 2)
    throw new EstimationInputError('replicates must be a whole number of at least 2', 'replicates', replicates);
  if (!(level > 0 && level < 1)) throw new EstimationInputError('level must be between 0 and 1', 'level', level);
  if (!Number.isInteger(options.seed))
    throw new EstimationInputError('seed must be a whole number', 'seed', options.seed);
  const search = options.search ?? (table.sources.length <= 6 ? 'all-subsets' : 'forward');
  const fixed = options.interactions;
  const bound = options.maxTotalPerObserved ?? Number.POSITIVE_INFINITY;
  const fallback = fixed ? undefined : options.fallback;
  const seenTotal = (cells: CaptureTable['cells']) => cells.reduce((sum, cell) => sum + cell.count, 0);
  const beyondBound = (nHat: number, cells: CaptureTable['cells']) => nHat > bound * seenTotal(cells);
  const bounded = fixed
    ? null
    : selectWithinBound(table, {
        criterion,
        search,
        fallback,
        maxTotal: bound * seenTotal(table.cells),
        profileInterval: false,
      });
  const selection = bounded?.selection ?? null;
  const chosenBy = bounded?.chosenBy ?? criterion;
  const centre = fixed ? fitLogLinear(table, { interactions: fixed }, { profileInterval: false }) : selection?.chosen;
  if (centre?.status !== 'ok') {
    throw new EstimationInputError(
      'the model cannot be estimated from this table, so there is nothing to bootstrap',
      'table',
      table.sources,
    );
  }
  const chosen = centre;
  // 'largest': when that is the chosen model its fit is already at hand
  let source = chosen;
  const largest = selection ? largestCandidate(selection.candidates, bound * seenTotal(table.cells)) : null;
  if (resample === 'largest' && largest) {
    if (largest !== selection?.candidates[0]) {
      const fit = fitLogLinear(
        table,
        { interactions: largest.interactions.map((term) => term.split(':')) },
        { profileInterval: false },
      );
      if (fit.status === 'ok') source = fit;
    }
  }
  const means = source.fitted.map((cell) => (resample === 'observed' ? cell.observed : cell.fitted));
  const random = seededRandom(options.seed);
  const space = pairwiseModelSpace(table.sources);
  // Every replicate starts each model from its fit to the data: a replicate is a small perturbation.
  const starts = fixed ? new Map() : searchPairwiseModels(table, { search, criterion, space }).starts;
  // the branch and bound's first guess: the model each criterion chose on the data
  const maskOf = (s: LogLinearModelSelection | undefined) =>
    s?.candidates[0]?.pairs.reduce((mask, pair) => mask | (1 << pair), 0);
  const initialMasks: Partial<Record<'aic' | 'bic', number>> = {};
  if (bounded) {
    const firstMask = maskOf(bounded.first);
    if (firstMask !== undefined) initialMasks[criterion] = firstMask;
    const chosenMask = maskOf(bounded.selection);
    if (chosenMask !== undefined) initialMasks[chosenBy] = chosenMask;
  }
  // 1e-8: N̂ to about 1e-8 relative, far below what the percentiles need, and a Newton step saved.
  const tolerance = 1e-8;
  type Refit = { interactions: readonly string[]; nHat: number | null } | LogLinearFit | null;
  const winner = (replicate: CaptureTable, by: 'aic' | 'bic'): Refit => {
    // Only each replicate's winner matters: branch and bound finds it with a fraction of the fits.
    if (search === 'all-subsets' && space.fullRank) {
      const initialMask = initialMasks[by];
      return bestPairwiseModel(replicate, {
        criterion: by,
        space,
        starts,
        tolerance,
        ...(initialMask === undefined ? {} : { initialMask }),
      });
    }
    return bestModel(searchPairwiseModels(replicate, { search, criterion: by, space, starts, tolerance }).models, by);
  };
  let fellBack = 0;
  const refit = (cells: CaptureTable['cells']): Refit => {
    const replicate = { sources: table.sources, cells };
    if (fixed) return fitLogLinear(replicate, { interactions: fixed }, { profileInterval: false });
    const first = winner(replicate, criterion);
    if (!fallback || !first || !('nHat' in first) || first.nHat === null || !beyondBound(first.nHat, cells))
      return first;
    const second = winner(replicate, fallback);
    if (!second || !('nHat' in second) || second.nHat === null || beyondBound(second.nHat, cells)) return first;
    fellBack++;
    return second;
  };
  const estimates: number[] = [];
  const counts = new Map<string, { interactions: readonly string[]; count: number }>();
  let failed = 0;
  for (let r = 0; r < replicates; r++) {
    const cells = source.fitted.map((cell, i) => ({
      history: cell.history,
      count: samplePoisson(means[i] as number, random),
    }));
    const best = refit(cells);
    if (!best || !('nHat' in best) || best.nHat === null) {
      failed++;
      continue;
    }
    estimates.push(best.nHat);
    const key = best.interactions.join(' + ');
    const seen = counts.get(key) ?? { interactions: best.interactions, count: 0 };
    seen.count++;
    counts.set(key, seen);
  }
  if (estimates.length < 2)
    throw new Error(`only ${estimates.length} of ${replicates} bootstrap replicates could be estimated`);
  const sorted = [...estimates].sort((a, b) => a - b);
  return {
    method: 'bootstrap',
    level,
    lower: quantile(sorted, (1 - level) / 2),
    upper: quantile(sorted, 1 - (1 - level) / 2),
    nHat: chosen.nHat,
    model: chosen.interactions,
    replicates,
    failed,
    criterion: chosenBy,
    fellBack,
    chosenModels: [...counts.values()].sort((a, b) => b.count - a.count),
    estimates,
  };
}
