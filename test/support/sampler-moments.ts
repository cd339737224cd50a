/** Moment checks for the latent-class estimator's samplers (src/estimation/latent-class/*.test.ts). */
export function meanAndVariance(xs: readonly number[]): { mean: number; variance: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

/** ψ(x), x > 0: recurrence up to 6, then the asymptotic series (error below 1e-10). */
export function digamma(x: number): number {
  let result = 0;
  let z = x;
  while (z < 6) {
    result -= 1 / z;
    z++;
  }
  const f = 1 / (z * z);
  return result + Math.log(z) - 0.5 / z - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}
