/** Sample quantile by linear interpolation between order statistics (R's type 7); `sorted` ascending. */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const a = sorted[low] as number;
  const b = sorted[Math.min(low + 1, sorted.length - 1)] as number;
  return a + (h - low) * (b - a);
}

/**
 * Quantile of a discrete distribution: the smallest of the ascending `values` whose cumulative
 * `probability` (summing to 1) reaches p (R's type 1, as dga's posterior summaries).
 */
export function distributionQuantile(values: ArrayLike<number>, probability: ArrayLike<number>, p: number): number {
  let cumulative = 0;
  for (let i = 0; i < values.length; i++) {
    cumulative += probability[i] as number;
    if (cumulative >= p) return values[i] as number;
  }
  return values[values.length - 1] as number;
}
