import type { CaptureTable } from './capture-table.ts';
import { fitLogLinear, type LogLinearFitOk } from './fit-log-linear.ts';
import { type PairwiseModelSummary, searchPairwiseModels } from './search-pairwise-models.ts';

export interface SelectLogLinearModelOptions {
  readonly criterion?: 'aic' | 'bic';
  /** Default: all subsets of the pairwise interactions for k ≤ 6 sources, forward stepwise above. */
  readonly search?: 'all-subsets' | 'forward';
  /** Confidence level of the chosen model's interval for N; default 0.95. */
  readonly level?: number;
  /** Compute the chosen model's profile-likelihood interval; default true. */
  readonly profileInterval?: boolean;
}

export interface ModelCandidate extends PairwiseModelSummary {
  /** AIC or BIC; null when the model was excluded (not estimable or not converged). */
  readonly score: number | null;
}

export interface LogLinearModelSelection {
  readonly criterion: 'aic' | 'bic';
  readonly search: 'all-subsets' | 'forward';
  /** Best estimable model, with its interval for N; null when no candidate could be estimated. */
  readonly chosen: LogLinearFitOk | null;
  /** Every model tried: estimable ones by score (best first), then the excluded ones with `problem`. */
  readonly candidates: readonly ModelCandidate[];
}

/** Ranks candidates: estimable ones by score (ties keep the order tried), excluded ones last. */
export function rankCandidates(models: readonly PairwiseModelSummary[], criterion: 'aic' | 'bic'): ModelCandidate[] {
  return models
    .map((model) => ({ ...model, score: model[criterion] }))
    .sort((a, b) => {
      if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
      return a.score - b.score;
    });
}

/**
 * Chooses among the independence model and models with pairwise interactions by AIC or BIC.
 * Models whose MLE does not exist, that are not identifiable or that do not converge are kept in
 * the candidate list with their status and reason but are never chosen. The winner is refitted by
 * `fitLogLinear` for its coefficients and interval.
 */
export function selectLogLinearModel(
  table: CaptureTable,
  options: SelectLogLinearModelOptions = {},
): LogLinearModelSelection {
  const criterion = options.criterion ?? 'aic';
  const search = options.search ?? (table.sources.length <= 6 ? 'all-subsets' : 'forward');
  const result = searchPairwiseModels(table, { search, criterion });
  const candidates = rankCandidates(result.models, criterion);
  const winner = candidates[0];
  let chosen: LogLinearFitOk | null = null;
  if (winner && winner.score !== null) {
    const interactions = winner.pairs.map((pair) => result.design.pairs[pair] as readonly [number, number]);
    const refit = fitLogLinear(
      table,
      { interactions },
      { level: options.level, profileInterval: options.profileInterval },
    );
    chosen = refit.status === 'ok' ? refit : null;
  }
  return { criterion, search, chosen, candidates };
}
