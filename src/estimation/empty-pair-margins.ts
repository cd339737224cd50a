import type { PairwiseDesign } from './pairwise-design.ts';

/** Why a model has no maximum likelihood estimate: the terms that run off and the cells they empty. */
export interface MissingMle {
  readonly message: string;
  readonly offendingTerms: readonly string[];
  readonly boundaryCells: readonly string[];
}

const historyOf = (mask: number, k: number) => {
  let history = '';
  for (let s = 0; s < k; s++) history += (mask >> s) & 1 ? '1' : '0';
  return history;
};

/**
 * Per pair (i, j): when one of the four cells of its 2×2 margin over the observed cells is empty
 * (e.g. no one on both lists), no model containing i:j has an MLE — the coefficients of i, j, i:j
 * (and the intercept, for the both-absent cell) can move so that those cells go to 0 and nothing
 * else changes. This is the commonest failure Chan, Silverman & Vincent (2021) check for, found
 * here without a fit; null for a pair whose margin is full.
 */
export function emptyPairMargins(design: PairwiseDesign, counts: ArrayLike<number>): (MissingMle | null)[] {
  const names = design.terms.map((term) => term.name);
  return design.pairs.map(([i, j], pair) => {
    const margin = [0, 0, 0, 0];
    for (let cell = 0; cell < design.cells; cell++) {
      const mask = cell + 1;
      const at = ((mask >> i) & 1) * 2 + ((mask >> j) & 1);
      margin[at] = (margin[at] as number) + (counts[cell] as number);
    }
    const at = margin.indexOf(0);
    if (at < 0) return null;
    const [a, b] = [at >> 1, at & 1];
    const term = names[1 + design.k + pair] as string;
    const offendingTerms = [
      ...(at === 0 ? [names[0] as string] : []),
      names[1 + i] as string,
      names[1 + j] as string,
      term,
    ];
    const boundaryCells: string[] = [];
    for (let mask = 1; mask <= design.cells; mask++) {
      if (((mask >> i) & 1) === a && ((mask >> j) & 1) === b) boundaryCells.push(historyOf(mask, design.k));
    }
    const message = `maximum likelihood estimate does not exist: no one is observed with ${names[1 + i]}=${a} and ${names[1 + j]}=${b}, which drives ${term} to ±∞`;
    return { message, offendingTerms, boundaryCells };
  });
}
