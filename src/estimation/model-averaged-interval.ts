import type { CaptureTable } from './capture-table.ts';
import { completeCaptureTable } from './complete-capture-table.ts';
import { fitLogLinear } from './fit-log-linear.ts';
import { normalCdf } from './normal-cdf.ts';
import type { ModelCandidate } from './select-log-linear-model.ts';

export interface ModelAveragedIntervalOptions {
  /** The criterion whose weights average the models (the one the rule chose by). */
  readonly criterion: 'aic' | 'bic';
  /** Default 0.95. */
  readonly level?: number;
  /** Models whose N̂ exceeds this are not candidates (the published rule's ten times the number seen). */
  readonly maxTotal?: number;
}

export interface ModelAveragedInterval {
  readonly method: 'model-averaged';
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
  /** Models averaged: the estimable candidates within the bound. */
  readonly models: number;
  /** The weight of the best model by the criterion (1: the others add nothing). */
  readonly bestWeight: number;
}

/**
 * The model-averaged tail-area (MATA) interval for N over log-linear candidates (Turek & Fletcher
 * 2012, "Model-averaged Wald confidence intervals", Computational Statistics & Data Analysis 56):
 * each candidate gives a Wald distribution for the log of the number unseen, log m̂₀ ± z·se (the
 * intercept of the log-linear model and its standard error), and the limits are the values of N at
 * which the candidates' tail areas, weighted by exp(−Δ/2) of the criterion (Akaike weights, or
 * their BIC analogue), sum to α/2 and 1 − α/2. A candidate with little weight moves the limits only
 * as far as its weight says, so model uncertainty is carried without the noise of choosing the
 * model again on each simulated table — on a sparse table, the bootstrap that re-selects chooses
 * pairs the table can barely estimate and its limits run far out (docs/estimation.md). Assumes what
 * each candidate assumes (closed population, no heterogeneity beyond what pairs absorb): the
 * heterogeneity families are a separate account, combined by the published rule.
 * Null when no candidate can be estimated within the bound.
 */
export function modelAveragedInterval(
  table: CaptureTable,
  candidates: readonly ModelCandidate[],
  options: ModelAveragedIntervalOptions,
): ModelAveragedInterval | null {
  const level = options.level ?? 0.95;
  const maxTotal = options.maxTotal ?? Number.POSITIVE_INFINITY;
  const { criterion } = options;
  const fits = candidates.flatMap((candidate) => {
    const score = candidate[criterion];
    if (candidate.status !== 'ok' || score === null || candidate.nHat === null || candidate.nHat > maxTotal) return [];
    const fit = fitLogLinear(
      table,
      { interactions: candidate.interactions.map((term) => term.split(':')) },
      { profileInterval: false },
    );
    const intercept = fit.status === 'ok' ? fit.coefficients[0] : undefined;
    if (fit.status !== 'ok' || !intercept || !(intercept.se > 0) || !Number.isFinite(intercept.se)) return [];
    return [{ score, logHidden: intercept.estimate, se: intercept.se }];
  });
  if (fits.length === 0) return null;
  const observed = completeCaptureTable(table).counts.reduce((sum, count) => sum + count, 0);
  const best = Math.min(...fits.map((f) => f.score));
  const raw = fits.map((f) => Math.exp(-(f.score - best) / 2));
  const sum = raw.reduce((s, w) => s + w, 0);
  const weights = raw.map((w) => w / sum);
  // the weighted tail area below log m₀ = x: increasing in x, so each limit is found by bisection
  const below = (x: number) =>
    fits.reduce((s, f, i) => s + (weights[i] as number) * normalCdf((x - f.logHidden) / f.se), 0);
  const limit = (p: number) => {
    const centres = fits.map((f) => f.logHidden);
    const spread = Math.max(...fits.map((f) => f.se));
    let lo = Math.min(...centres) - 10 * spread;
    let hi = Math.max(...centres) + 10 * spread;
    for (let i = 0; i < 200 && hi - lo > 1e-12 * (1 + Math.abs(hi)); i++) {
      const mid = (lo + hi) / 2;
      if (below(mid) < p) lo = mid;
      else hi = mid;
    }
    return observed + Math.exp((lo + hi) / 2);
  };
  const alpha = 1 - level;
  return {
    method: 'model-averaged',
    level,
    lower: limit(alpha / 2),
    upper: limit(1 - alpha / 2),
    models: fits.length,
    bestWeight: Math.max(...weights),
  };
}
