import type { ResolvedTerm } from './model-terms.ts';

/** One row per history, one 0/1 column per term: the product of the term's source indicators. */
export function designMatrix(histories: readonly string[], terms: readonly ResolvedTerm[]): number[][] {
  return histories.map((history) => terms.map((term) => (term.sources.every((i) => history[i] === '1') ? 1 : 0)));
}
