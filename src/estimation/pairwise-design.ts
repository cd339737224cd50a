import type { ResolvedTerm } from './model-terms.ts';

/**
 * The design of the largest pairwise model on the 2^k − 1 observable cells (bitmask order, bit i =
 * source i): intercept, k main effects, then the k(k−1)/2 pairs in order (0,1), (0,2), …, (k−2,k−1).
 * Every hierarchical two-way model is a choice of pair columns from it, so it is built once.
 */
export interface PairwiseDesign {
  readonly k: number;
  readonly cells: number;
  /** Number of columns: 1 + k + k(k−1)/2. */
  readonly columns: number;
  readonly pairs: readonly (readonly [number, number])[];
  readonly terms: readonly ResolvedTerm[];
  /** Row-major 0/1 indicators, cells × columns. */
  readonly indicator: Uint8Array;
}

export function pairwiseDesign(sources: readonly string[]): PairwiseDesign {
  const k = sources.length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
  const terms: ResolvedTerm[] = [
    { name: '(Intercept)', sources: [] },
    ...sources.map((name, i) => ({ name, sources: [i] })),
    ...pairs.map(([i, j]) => ({ name: `${sources[i]}:${sources[j]}`, sources: [i, j] })),
  ];
  const cells = 2 ** k - 1;
  const columns = terms.length;
  const indicator = new Uint8Array(cells * columns);
  for (let cell = 0; cell < cells; cell++) {
    const mask = cell + 1;
    terms.forEach((term, c) => {
      if (term.sources.every((i) => (mask >> i) & 1)) indicator[cell * columns + c] = 1;
    });
  }
  return { k, cells, columns, pairs, terms, indicator };
}

/** Design columns of the model with the given pair indices (ascending): intercept, mains, pairs. */
export function modelColumns(design: PairwiseDesign, pairIndices: readonly number[]): Int32Array {
  const columns = new Int32Array(1 + design.k + pairIndices.length);
  for (let c = 0; c <= design.k; c++) columns[c] = c;
  pairIndices.forEach((pair, i) => {
    columns[1 + design.k + i] = 1 + design.k + pair;
  });
  return columns;
}
