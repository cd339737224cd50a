import { findDependentColumns } from './find-dependent-columns.ts';
import { type SparseDesign, sparseModelDesign } from './fit-poisson-newton.ts';
import { modelColumns, type PairwiseDesign, pairwiseDesign } from './pairwise-design.ts';

/** One hierarchical two-way model: its pairs, design columns, names and sparse design. */
export interface PairwiseModel {
  /** Bitmask over the pairs when there are at most 30 pairs (k ≤ 8), else an id in order of first use. */
  readonly id: number;
  readonly pairs: readonly number[];
  readonly columns: Int32Array;
  readonly interactions: readonly string[];
  readonly sparse: SparseDesign;
}

/**
 * What a model search needs per model, built once per set of lists and reused across tables with
 * the same lists (the bootstrap's replicates) and across searches.
 */
export interface PairwiseModelSpace {
  readonly design: PairwiseDesign;
  /** Whether the largest pairwise model is identifiable on the observed cells (so every submodel is). */
  readonly fullRank: boolean;
  /** The model with these pair indices (ascending). */
  model(pairs: readonly number[]): PairwiseModel;
  /** The model with the pairs set in `mask` (only when there are at most 30 pairs). */
  modelOfMask(mask: number): PairwiseModel;
}

export function pairwiseModelSpace(sources: readonly string[]): PairwiseModelSpace {
  const design = pairwiseDesign(sources);
  const all = modelColumns(
    design,
    design.pairs.map((_, i) => i),
  );
  const fullRank = findDependentColumns(denseRows(design, all)).length === 0;
  const byMask = design.pairs.length <= 30;
  const models = new Map<number | string, PairwiseModel>();
  const build = (id: number, pairs: readonly number[]): PairwiseModel => {
    const columns = modelColumns(design, pairs);
    const interactions = pairs.map((pair) => design.terms[1 + design.k + pair]?.name as string);
    return { id, pairs, columns, interactions, sparse: sparseModelDesign(design, columns) };
  };
  const modelOfMask = (mask: number): PairwiseModel => {
    const known = models.get(mask);
    if (known) return known;
    const pairs: number[] = [];
    for (let i = 0; i < design.pairs.length; i++) if ((mask >> i) & 1) pairs.push(i);
    const made = build(mask, pairs);
    models.set(mask, made);
    return made;
  };
  const model = (pairs: readonly number[]): PairwiseModel => {
    if (byMask) return modelOfMask(pairs.reduce((mask, pair) => mask | (1 << pair), 0));
    const key = pairs.join(',');
    const known = models.get(key);
    if (known) return known;
    const made = build(models.size, [...pairs]);
    models.set(key, made);
    return made;
  };
  return { design, fullRank, model, modelOfMask };
}

/** The model's design as dense rows, for the exact (slow, rare) checks. */
export function denseRows(design: PairwiseDesign, columns: Int32Array): number[][] {
  return Array.from({ length: design.cells }, (_, cell) =>
    Array.from(columns, (c) => design.indicator[cell * design.columns + c] as number),
  );
}
