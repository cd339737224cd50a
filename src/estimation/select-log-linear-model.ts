import type { CaptureTable } from './capture-table.ts';
import { type FitLogLinearOptions, fitLogLinear, type LogLinearFit, type LogLinearFitOk } from './fit-log-linear.ts';

export interface SelectLogLinearModelOptions {
  readonly criterion?: 'aic' | 'bic';
  /** Default: all subsets of the pairwise interactions for k ≤ 5 sources, forward stepwise above. */
  readonly search?: 'all-subsets' | 'forward';
  /** Confidence level of the chosen model's interval for N; default 0.95. */
  readonly level?: number;
}

export interface ModelCandidate {
  /** Pairwise interactions in the model, named like R ('A:B'). */
  readonly interactions: readonly string[];
  readonly status: LogLinearFit['status'];
  /** AIC or BIC; null when the model was excluded (not estimable or not converged). */
  readonly score: number | null;
  readonly nHat: number | null;
  readonly fit: LogLinearFit;
}

export interface LogLinearModelSelection {
  readonly criterion: 'aic' | 'bic';
  readonly search: 'all-subsets' | 'forward';
  /** Best estimable model, with its interval for N; null when no candidate could be estimated. */
  readonly chosen: LogLinearFitOk | null;
  /** Every model tried: estimable ones by score (best first), then the excluded ones. */
  readonly candidates: readonly ModelCandidate[];
}

type Pair = readonly [number, number];

/**
 * Chooses among the independence model and models with pairwise interactions by AIC or BIC.
 * Models whose MLE does not exist, that are not identifiable or that do not converge are kept in
 * the candidate list with their status but are never chosen.
 */
export function selectLogLinearModel(table: CaptureTable, options: SelectLogLinearModelOptions = {}): LogLinearModelSelection {
  const criterion = options.criterion ?? 'aic';
  const k = table.sources.length;
  const search = options.search ?? (k <= 5 ? 'all-subsets' : 'forward');
  const pairs: Pair[] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
  const tried = new Map<string, ModelCandidate>();
  const modelOf = new Map<ModelCandidate, readonly Pair[]>();
  const evaluate = (model: readonly Pair[]): ModelCandidate => {
    const key = model.map((pair) => pair.join(',')).join(';');
    const known = tried.get(key);
    if (known) return known;
    const fitOptions: FitLogLinearOptions = { profileInterval: false };
    const fit = fitLogLinear(table, { interactions: model }, fitOptions);
    const candidate: ModelCandidate = {
      interactions: fit.interactions,
      status: fit.status,
      score: fit.status === 'ok' ? fit[criterion] : null,
      nHat: fit.status === 'ok' ? fit.nHat : null,
      fit,
    };
    tried.set(key, candidate);
    modelOf.set(candidate, model);
    return candidate;
  };
  if (search === 'all-subsets') {
    if (pairs.length > 15) throw new Error(`all-subsets search over ${pairs.length} pairs is too large; use forward`);
    for (let mask = 0; mask < 2 ** pairs.length; mask++) evaluate(pairs.filter((_, i) => (mask >> i) & 1));
  } else {
    let current: Pair[] = [];
    let best = evaluate(current);
    for (;;) {
      const steps = pairs
        .filter((pair) => !current.includes(pair))
        .map((pair) => ({ model: [...current, pair], candidate: evaluate([...current, pair]) }))
        .filter(({ candidate }) => candidate.score !== null)
        .sort((a, b) => (a.candidate.score as number) - (b.candidate.score as number));
      const step = steps[0];
      if (!step || (best.score !== null && (step.candidate.score as number) >= best.score)) break;
      current = step.model;
      best = step.candidate;
    }
  }
  const candidates = [...tried.values()].sort((a, b) => {
    if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
    return a.score - b.score;
  });
  const winner = candidates[0];
  let chosen: LogLinearFitOk | null = null;
  if (winner && winner.score !== null) {
    const refit = fitLogLinear(table, { interactions: modelOf.get(winner) ?? [] }, { level: options.level });
    chosen = refit.status === 'ok' ? refit : null;
  }
  return { criterion, search, chosen, candidates };
}
