import { normalQuantile } from './normal-quantile.ts';
import { maxTotalPerObserved, tooLittleOverlapMessage } from './refuse-too-little-overlap.ts';

/** One stratum's estimate: people seen, N̂ and its interval at `level`. */
export interface StratumEstimate {
  readonly observed: number;
  readonly nHat: number;
  readonly lower: number;
  readonly upper: number;
}

/** A stratum without an estimate, and why (e.g. `estimatePopulationSize`'s `not-estimable` reason). */
export interface StratumNotEstimable {
  readonly observed: number;
  readonly notEstimable: string;
}

export type StratumSum =
  | ({ readonly status: 'ok' } & StratumEstimate)
  | {
      readonly status: 'not-estimable';
      readonly observed: number;
      readonly reason: string;
      /** The strata without an estimate: their place in the input, people seen, and why. */
      readonly strata: readonly { readonly index: number; readonly observed: number; readonly reason: string }[];
    };

/**
 * The total over independent strata: N̂ is the sum; the interval treats each stratum's unseen
 * number as log-normal (its spread read off its own interval, as the Wald interval on the log
 * scale), adds the variances and gives a log-normal interval for the unseen total, never below
 * the number seen. A stratum that is not estimable, or whose N̂ exceeds ten times the number seen
 * in it (the rule `estimatePopulationSize` applies), makes the sum not estimable: the strata are
 * named rather than their missed children left out or a runaway number added in.
 */
export function sumStratumEstimates(
  strata: readonly (StratumEstimate | StratumNotEstimable)[],
  level = 0.95,
): StratumSum {
  const z = normalQuantile(1 - (1 - level) / 2);
  const refused = strata.flatMap((s, index) => {
    if ('notEstimable' in s) return [{ index, observed: s.observed, reason: s.notEstimable }];
    if (s.nHat > maxTotalPerObserved * s.observed)
      return [{ index, observed: s.observed, reason: tooLittleOverlapMessage() }];
    return [];
  });
  let observed = 0;
  for (const s of strata) observed += s.observed;
  if (refused.length > 0)
    return {
      status: 'not-estimable',
      observed,
      reason: `${refused.length} of ${strata.length} strata cannot be estimated, so neither can their sum`,
      strata: refused,
    };
  let hidden = 0;
  let variance = 0;
  for (const s of strata as readonly StratumEstimate[]) {
    const m = s.nHat - s.observed;
    hidden += m;
    if (m <= 0) continue;
    const up = Math.log(Math.max(s.upper - s.observed, m) / m);
    const down = s.lower - s.observed > 0 ? Math.log(m / (s.lower - s.observed)) : up;
    const sigma = (up + down) / (2 * z);
    variance += m * m * (Math.exp(sigma * sigma) - 1);
  }
  if (hidden <= 0) return { status: 'ok', observed, nHat: observed, lower: observed, upper: observed };
  const sigma = Math.sqrt(Math.log(1 + variance / (hidden * hidden)));
  return {
    status: 'ok',
    observed,
    nHat: observed + hidden,
    lower: observed + hidden * Math.exp(-z * sigma),
    upper: observed + hidden * Math.exp(z * sigma),
  };
}
