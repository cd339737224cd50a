/** A decomposable (chordal) graph on k lists, as its maximal cliques and junction-tree separators. */
export interface DecomposableGraph {
  /** Bit e set: the e-th pair (0,1), (0,2), …, (k−2,k−1) is an edge. */
  readonly edges: number;
  /** Maximal cliques as bitmasks over the lists, in the order of a maximum cardinality search. */
  readonly cliques: readonly number[];
  /** Non-empty separators of the junction tree (one per clique that joins an earlier one; repeats kept). */
  readonly separators: readonly number[];
  /** Connected components: the number of cliques minus the number of non-empty separators. */
  readonly components: number;
}

const bitCount = (mask: number) => {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
};

/**
 * Every decomposable graph on k ≤ 6 vertices (Madigan & York's model space; 8, 61, 822 graphs for 3,
 * 4, 5 lists). Chordality by maximum cardinality search (Tarjan & Yannakakis 1984): a graph is
 * chordal iff every vertex's already-visited neighbours form a clique; the cliques in visit order
 * then have the running intersection property, which gives the separators.
 */
export function decomposableGraphs(k: number): DecomposableGraph[] {
  if (!Number.isInteger(k) || k < 1 || k > 6) throw new Error(`decomposableGraphs supports 1 to 6 vertices, got ${k}`);
  const pairs: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
  const graphs: DecomposableGraph[] = [];
  for (let edges = 0; edges < 2 ** pairs.length; edges++) {
    const neighbours = new Array<number>(k).fill(0);
    pairs.forEach(([i, j], e) => {
      if ((edges >> e) & 1) {
        neighbours[i] = (neighbours[i] as number) | (1 << j);
        neighbours[j] = (neighbours[j] as number) | (1 << i);
      }
    });
    const graph = chordalStructure(k, neighbours);
    if (graph) graphs.push({ edges, ...graph });
  }
  return graphs;
}

function chordalStructure(k: number, neighbours: readonly number[]): Omit<DecomposableGraph, 'edges'> | null {
  let visited = 0;
  const candidates: number[] = [];
  for (let step = 0; step < k; step++) {
    let best = -1;
    let bestWeight = -1;
    for (let v = 0; v < k; v++) {
      if ((visited >> v) & 1) continue;
      const weight = bitCount((neighbours[v] as number) & visited);
      if (weight > bestWeight) [best, bestWeight] = [v, weight];
    }
    const earlier = (neighbours[best] as number) & visited;
    for (let u = 0; u < k; u++) {
      // Every pair of earlier neighbours must be adjacent, or there is a chordless cycle.
      if ((earlier >> u) & 1 && (earlier & ~(1 << u) & ~(neighbours[u] as number)) !== 0) return null;
    }
    candidates.push(earlier | (1 << best));
    visited |= 1 << best;
  }
  const cliques = candidates.filter(
    (c, i) => !candidates.some((d, j) => j !== i && (c & d) === c && (c !== d || j < i)),
  );
  const separators: number[] = [];
  let seen = 0;
  for (const clique of cliques) {
    if (clique & seen) separators.push(clique & seen);
    seen |= clique;
  }
  return { cliques, separators, components: cliques.length - separators.length };
}
