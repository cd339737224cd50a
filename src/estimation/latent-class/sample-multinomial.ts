import { sampleBinomial } from './sample-binomial.ts';

const identity = (size: number) => Array.from({ length: size }, (_, k) => k);

/**
 * Spreads `trials` over the categories with probability proportional to `weights` (not necessarily
 * normalised), writing the counts into `out`: one binomial per category given what is left, visiting
 * the categories in `order` (any order gives the same distribution; heaviest first is fastest, since
 * the light ones are skipped once no trials are left).
 */
export function sampleMultinomial(
  trials: number,
  weights: ArrayLike<number>,
  out: { [index: number]: number; readonly length: number },
  random: () => number,
  order: ArrayLike<number> = identity(weights.length),
): void {
  let rest = 0;
  for (let k = 0; k < weights.length; k++) rest += weights[k] as number;
  if (!(rest > 0) || !Number.isFinite(rest))
    throw new Error(`sampleMultinomial needs positive finite weights, sum ${rest}`);
  let left = trials;
  let last = order.length - 1;
  while (last > 0 && (weights[order[last] as number] as number) === 0) last--;
  for (let i = 0; i < order.length; i++) {
    const k = order[i] as number;
    const weight = weights[k] as number;
    if (left === 0 || weight === 0) {
      out[k] = 0;
    } else if (i === last) {
      out[k] = left;
      left = 0;
    } else {
      const drawn = sampleBinomial(left, Math.min(1, weight / rest), random);
      out[k] = drawn;
      left -= drawn;
    }
    rest -= weight;
  }
}
