import { normalQuantile } from './normal-quantile.ts';

/** One stratum's estimate: people seen, N̂ and its interval at `level`. */
export interface StratumEstimate {
  readonly observed: number;
  readonly nHat: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * The total over independent strata: N̂ is the sum; the interval treats each stratum's unseen
 * number as log-normal (its spread read off its own interval, as the Wald interval on the log
 * scale), adds the variances and gives a log-normal interval for the unseen total, never below
 * the number seen.
 */
export function sumStratumEstimates(strata: readonly StratumEstimate[], level = 0.95): StratumEstimate {
  const z = normalQuantile(1 - (1 - level) / 2);
  let observed = 0;
  let hidden = 0;
  let variance = 0;
  for (const s of strata) {
    observed += s.observed;
    const m = s.nHat - s.observed;
    hidden += m;
    if (m <= 0) continue;
    const up = Math.log(Math.max(s.upper - s.observed, m) / m);
    const down = s.lower - s.observed > 0 ? Math.log(m / (s.lower - s.observed)) : up;
    const sigma = (up + down) / (2 * z);
    variance += m * m * (Math.exp(sigma * sigma) - 1);
  }
  if (hidden <= 0) return { observed, nHat: observed, lower: observed, upper: observed };
  const sigma = Math.sqrt(Math.log(1 + variance / (hidden * hidden)));
  return {
    observed,
    nHat: observed + hidden,
    lower: observed + hidden * Math.exp(-z * sigma),
    upper: observed + hidden * Math.exp(z * sigma),
  };
}
