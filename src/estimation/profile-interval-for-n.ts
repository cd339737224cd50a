import { fitPoissonIrls } from './fit-poisson-irls.ts';
import { logGamma } from './log-gamma.ts';

export interface ProfileIntervalInput {
  /** Design rows of the observed cells (first column the intercept) and their counts. */
  readonly x: readonly (readonly number[])[];
  readonly y: readonly number[];
  /** Coefficients of the fit to the observed cells: the warm start. */
  readonly beta: readonly number[];
  /** χ² (1 df) quantile for the level, e.g. 3.8415 for 95%. */
  readonly chiSquareQuantile: number;
}

/**
 * Multinomial profile-likelihood interval for N (Cormack 1992; as Rcapture's closedpCI.t). For a
 * candidate count z in the unobserved cell, the model is fitted to the complete 2^k table with z in
 * that cell; with N = n + z the profile log-likelihood is
 *   log N! - log z! - N log N + Σ_h y_h log m̂_h(z)   (the sum includes the z cell).
 * The interval holds the N whose profile log-likelihood is within χ²₁/2 of its maximum.
 * Returns null when a fit fails or the upper limit is not finite (the caller falls back to Wald).
 */
export function profileIntervalForN(input: ProfileIntervalInput): { lower: number; upper: number } | null {
  const { x, y, chiSquareQuantile } = input;
  const p = input.beta.length;
  const n = y.reduce((s, count) => s + count, 0);
  const xFull = [...x, Array.from({ length: p }, (_, j) => (j === 0 ? 1 : 0))];
  let warm = [...input.beta];
  const profile = (z: number): number => {
    const fit = fitPoissonIrls(xFull, [...y, z], { start: warm });
    if (!fit?.converged) return Number.NaN;
    warm = fit.beta;
    let logLik = logGamma(n + z + 1) - logGamma(z + 1) - (n + z) * Math.log(n + z);
    y.forEach((count, i) => {
      if (count > 0) logLik += count * Math.log(fit.fitted[i] as number);
    });
    if (z > 0) logLik += z * Math.log(fit.fitted[y.length] as number);
    return logLik;
  };
  const m0 = Math.exp(input.beta[0] as number);
  // The maximum sits near the Poisson estimate m0; golden-section search on a generous bracket.
  let lo = 0;
  let hi = 2 * m0 + 10 + 10 * Math.sqrt(m0);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 200 && hi - lo > 1e-10 * (1 + hi); i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (profile(a) >= profile(b)) hi = b;
    else lo = a;
  }
  const zMax = (lo + hi) / 2;
  const threshold = profile(zMax) - chiSquareQuantile / 2;
  if (!Number.isFinite(threshold)) return null;
  const root = (inside: number, outside: number): number => {
    let [a, b] = [inside, outside];
    for (let i = 0; i < 200 && Math.abs(b - a) > 1e-10 * (1 + Math.abs(a)); i++) {
      const mid = (a + b) / 2;
      if (profile(mid) >= threshold) a = mid;
      else b = mid;
    }
    return (a + b) / 2;
  };
  const atZero = profile(0);
  const lower = !Number.isNaN(atZero) && atZero >= threshold ? 0 : root(zMax, 0);
  let far = 2 * zMax + 10;
  for (let i = 0; i < 60 && profile(far) >= threshold; i++) far *= 2;
  const farValue = profile(far);
  if (!(farValue < threshold)) return null;
  const upper = root(zMax, far);
  if (![lower, upper].every(Number.isFinite)) return null;
  return { lower: n + lower, upper: n + upper };
}
