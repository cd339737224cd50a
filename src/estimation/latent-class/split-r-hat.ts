import { quantile } from '../quantile.ts';
import { rankNormalise, splitChains } from './rank-normalise.ts';

/**
 * The potential scale reduction factor of Gelman & Rubin (1992) on the given (already split) chains:
 * √(var⁺ / W), var⁺ = (n − 1)/n · W + B/n, W the mean within-chain variance and B/n the variance
 * of the chain means. Near 1 when the chains agree; NaN when every draw is the same.
 */
export function potentialScaleReduction(chains: readonly (readonly number[])[]): number {
  const n = Math.min(...chains.map((chain) => chain.length));
  const means = chains.map((chain) => chain.reduce((s, x) => s + x, 0) / chain.length);
  const within =
    chains.reduce((sum, chain, c) => {
      const m = means[c] as number;
      return sum + chain.reduce((s, x) => s + (x - m) ** 2, 0) / (chain.length - 1);
    }, 0) / chains.length;
  const grand = means.reduce((s, m) => s + m, 0) / means.length;
  const betweenOverN = means.reduce((s, m) => s + (m - grand) ** 2, 0) / (means.length - 1);
  return Math.sqrt(((n - 1) / n) * within + betweenOverN) / Math.sqrt(within);
}

/**
 * Rank-normalised split R-hat (Vehtari et al. 2021, as R's posterior::rhat): the larger of R-hat on
 * the rank-normalised split chains (location) and on those of |x − median of all draws| (scale,
 * "folded"). Needs at least 4 draws per chain.
 */
export function splitRHat(chains: readonly (readonly number[])[]): number {
  if (chains.some((chain) => chain.length < 4)) throw new Error('splitRHat needs at least 4 draws per chain');
  const split = splitChains(chains);
  const sorted = chains.flat().sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const bulk = potentialScaleReduction(rankNormalise(split));
  const tail = potentialScaleReduction(rankNormalise(split.map((chain) => chain.map((x) => Math.abs(x - median)))));
  return Math.max(bulk, tail);
}
