import { rankNormalise, splitChains } from './rank-normalise.ts';

/**
 * Effective sample size of the given chains (Geyer's initial monotone sequence over autocorrelations
 * that combine within- and between-chain variance; Vehtari et al. 2021, eq. 10), step by step as
 * R's posterior package (1.4.0, `posterior:::.ess`).
 */
export function effectiveSampleSizeOf(chains: readonly (readonly number[])[]): number {
  const m = chains.length;
  const n = Math.min(...chains.map((chain) => chain.length));
  const centred = chains.map((chain) => {
    const draws = chain.slice(0, n);
    const mean = draws.reduce((s, x) => s + x, 0) / n;
    return { mean, deviations: draws.map((x) => x - mean) };
  });
  /** mean over chains of the lag-t autocovariance (divided by n, as Stan) */
  const autocovariance = (t: number): number =>
    centred.reduce((sum, { deviations }) => {
      let s = 0;
      for (let i = 0; i + t < n; i++) s += (deviations[i] as number) * (deviations[i + t] as number);
      return sum + s / n;
    }, 0) / m;
  const meanVariance = (autocovariance(0) * n) / (n - 1);
  let varPlus = (meanVariance * (n - 1)) / n;
  if (m > 1) {
    const grand = centred.reduce((s, c) => s + c.mean, 0) / m;
    varPlus += centred.reduce((s, c) => s + (c.mean - grand) ** 2, 0) / (m - 1);
  }
  if (!(varPlus > 0)) return Number.NaN;
  const rho = (lag: number) => 1 - (meanVariance - autocovariance(lag)) / varPlus;
  // Geyer's initial positive sequence: pairs of lags (t, t + 1) while their sum stays positive
  const rhos = new Float64Array(n + 1);
  rhos[0] = 1;
  let even = 1;
  let odd = rho(1);
  rhos[1] = odd;
  let t = 0;
  while (t < n - 5 && even + odd > 0) {
    t += 2;
    even = rho(t);
    odd = rho(t + 1);
    if (even + odd >= 0) {
      rhos[t] = even;
      rhos[t + 1] = odd;
    }
  }
  const last = t;
  if (even > 0) rhos[last] = even;
  // ... made monotone: a pair's sum may not exceed the sum of the pair before it
  for (let lag = 2; lag <= last - 2; lag += 2) {
    const previous = (rhos[lag - 2] as number) + (rhos[lag - 1] as number);
    if ((rhos[lag] as number) + (rhos[lag + 1] as number) > previous) {
      rhos[lag] = previous / 2;
      rhos[lag + 1] = previous / 2;
    }
  }
  let sum = 0;
  for (let lag = 0; lag < last; lag++) sum += rhos[lag] as number;
  // the last even lag once, not twice: less variance for antithetic chains
  const tau = Math.max(-1 + 2 * sum + (rhos[last] as number), 1 / Math.log10(m * n));
  return (m * n) / tau;
}

/** Bulk effective sample size (Vehtari et al. 2021): the ESS of the rank-normalised split chains. */
export function bulkEffectiveSampleSize(chains: readonly (readonly number[])[]): number {
  return effectiveSampleSizeOf(rankNormalise(splitChains(chains)));
}
