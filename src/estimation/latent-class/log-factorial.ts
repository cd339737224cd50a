import { logGamma } from '../log-gamma.ts';

const tableSize = 256;
const table = Float64Array.from({ length: tableSize }, (_, k) => logGamma(k + 1));

/**
 * log k! for a whole k ≥ 0: a table below 256, Stirling's series above (error below 1e-15 there).
 * The binomial sampler's rejection step needs four of these per try, so they must be cheap.
 */
export function logFactorial(k: number): number {
  if (k < tableSize) return table[k] as number;
  const x = k + 1;
  const f = 1 / (x * x);
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + (1 / 12 - f * (1 / 360 - f / 1260)) / x;
}
