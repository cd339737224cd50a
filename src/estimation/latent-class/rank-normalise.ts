import { normalQuantile } from '../normal-quantile.ts';

/**
 * Every chain halved (a middle draw is dropped when the length is odd): a chain that drifts shows
 * up as two halves that disagree (Gelman et al. 2013, "split" R-hat).
 */
export function splitChains(chains: readonly (readonly number[])[]): number[][] {
  return chains.flatMap((chain) => {
    const half = Math.floor(chain.length / 2);
    return [chain.slice(0, half), chain.slice(chain.length - half)];
  });
}

/**
 * Draws replaced by normal scores of their rank among all chains pooled, Φ⁻¹((r − 3/8)/(S + 1/4))
 * with tied draws sharing their average rank (Vehtari, Gelman, Simpson, Carpenter & Bürkner 2021):
 * R-hat and ESS then work for heavy tails and for a discrete quantity such as N.
 */
export function rankNormalise(chains: readonly (readonly number[])[]): number[][] {
  const pooled = chains.flatMap((chain, c) => chain.map((value, i) => ({ value, c, i })));
  pooled.sort((a, b) => a.value - b.value);
  const total = pooled.length;
  const scores = chains.map((chain) => new Array<number>(chain.length));
  for (let start = 0; start < total; ) {
    let end = start + 1;
    while (
      end < total &&
      (pooled[end] as (typeof pooled)[number]).value === (pooled[start] as (typeof pooled)[number]).value
    )
      end++;
    const rank = (start + 1 + end) / 2;
    const z = normalQuantile((rank - 3 / 8) / (total + 1 / 4));
    for (let k = start; k < end; k++) {
      const { c, i } = pooled[k] as (typeof pooled)[number];
      (scores[c] as number[])[i] = z;
    }
    start = end;
  }
  return scores;
}
