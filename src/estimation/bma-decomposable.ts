import type { CaptureTable } from './capture-table.ts';
import { completeCaptureTable } from './complete-capture-table.ts';
import { decomposableGraphs } from './decomposable-graphs.ts';
import { EstimationInputError } from './estimation-input-error.ts';
import { logGamma } from './log-gamma.ts';
import { distributionQuantile } from './quantile.ts';

export interface BmaDecomposableOptions {
  /** Hyper-Dirichlet prior count per cell of the full 2^k table; default 2^-k (dga's suggestion). */
  readonly delta?: number;
  /** Log prior of N (up to a constant); default −log N, as dga. */
  readonly logPrior?: (n: number) => number;
  /**
   * Largest number of unseen people considered; default: from max(1000, 10 n) grown ×4 until the
   * top tenth of the range holds < 1e-6 of the posterior, up to 250,000 (see `tailMass`).
   */
  readonly maxMissing?: number;
  /** Level of the equal-tailed credible interval; default 0.95. */
  readonly level?: number;
}

export interface BmaDecomposable {
  readonly method: 'bma-decomposable';
  readonly observed: number;
  /** Posterior of N = observed + m on m = 0 … maxMissing (every step-th m above 20,000). */
  readonly posterior: { readonly n: Float64Array; readonly probability: Float64Array };
  readonly mean: number;
  readonly median: number;
  readonly mode: number;
  readonly interval: { readonly level: number; readonly lower: number; readonly upper: number };
  /** Graphs by posterior probability (best first): cliques as list names, e.g. [['A','B'],['C']]. */
  readonly models: readonly {
    readonly cliques: readonly (readonly string[])[];
    readonly probability: number;
    readonly nMean: number;
  }[];
  /** Posterior mass at the upper end of the grid (should be ~0; if not, raise maxMissing). */
  readonly tailMass: number;
}

/**
 * Bayesian model averaging over all decomposable graphical models (Madigan & York 1997; as R's dga
 * `bma.cr`) for 2 to 5 lists. For each graph and each number m of unseen people, the hyper-Dirichlet
 * marginal likelihood of the completed table factorises over the cliques and separators; only each
 * marginal's all-absent cell depends on m. With the multinomial coefficient and the prior on N this
 * gives the joint posterior of (graph, N); summing over graphs gives N's posterior, so the answer
 * does not hinge on one chosen model.
 */
export function bmaDecomposable(table: CaptureTable, options: BmaDecomposableOptions = {}): BmaDecomposable {
  const { sources, counts } = completeCaptureTable(table);
  const k = sources.length;
  if (k > 5)
    throw new EstimationInputError(
      'Bayesian model averaging over decomposable graphs supports up to 5 lists',
      'sources',
      sources,
    );
  const delta = options.delta ?? 2 ** -k;
  const level = options.level ?? 0.95;
  if (!(delta > 0)) throw new EstimationInputError('delta must be above 0', 'delta', delta);
  if (!(level > 0 && level < 1)) throw new EstimationInputError('level must be between 0 and 1', 'level', level);
  const logPrior = options.logPrior ?? ((n: number) => -Math.log(n));
  const observed = counts.reduce((s, c) => s + c, 0);
  const graphs = decomposableGraphs(k);
  const alphaTotal = delta * 2 ** k;
  const logFactorials = counts.reduce((s, c) => s + logGamma(c + 1), 0);
  const largestGrid = 250_000;

  // Per subset S of lists: the constant part of its log marginal likelihood and the count of its
  // all-absent marginal cell (people seen, but by no list in S), to which m is added.
  const subsets = 2 ** k;
  const constant = new Float64Array(subsets);
  const absent = new Float64Array(subsets);
  const alphaOf = new Float64Array(subsets);
  for (let s = 1; s < subsets; s++) {
    const size = bitCount(s);
    const alpha = delta * 2 ** (k - size);
    const margin = new Float64Array(2 ** size);
    counts.forEach((count, cell) => {
      margin[compress(cell + 1, s)] = (margin[compress(cell + 1, s)] as number) + count;
    });
    let c = -(2 ** size) * logGamma(alpha);
    for (let m = 1; m < margin.length; m++) c += logGamma((margin[m] as number) + alpha);
    constant[s] = c;
    absent[s] = margin[0] as number;
    alphaOf[s] = alpha;
  }

  let maxMissing = options.maxMissing ?? Math.max(1000, 10 * observed);
  for (;;) {
    const result = evaluate(maxMissing);
    if (options.maxMissing !== undefined || result.tailMass < 1e-6 || maxMissing >= largestGrid) return result;
    maxMissing = Math.min(4 * maxMissing, largestGrid);
  }

  function evaluate(top: number): BmaDecomposable {
    // Above 20,000 the posterior of N is smooth on the scale of one person: every `step`-th m stands
    // for its neighbours (a midpoint rule), which keeps the cost bounded; quantiles are then to ±step.
    const step = Math.max(1, Math.ceil(top / 20_000));
    const size = Math.floor(top / step) + 1;
    const mOf = (j: number) => j * step;
    // Per subset, its log marginal likelihood as a function of m; per m, the terms every graph shares.
    const component = new Float64Array(subsets * size);
    for (let s = 1; s < subsets; s++) {
      for (let j = 0; j < size; j++)
        component[s * size + j] =
          (constant[s] as number) + logGamma((absent[s] as number) + mOf(j) + (alphaOf[s] as number));
    }
    const normaliser = new Float64Array(size);
    const shared = new Float64Array(size);
    for (let j = 0; j < size; j++) {
      const m = mOf(j);
      normaliser[j] = logGamma(alphaTotal) - logGamma(observed + m + alphaTotal);
      shared[j] = logGamma(observed + m + 1) - logFactorials - logGamma(m + 1) + logPrior(observed + m);
    }
    const weights = graphs.map((graph) => {
      const row = new Float64Array(size);
      for (let m = 0; m < size; m++) {
        let w = graph.components * (normaliser[m] as number) + (shared[m] as number);
        for (const c of graph.cliques) w += component[c * size + m] as number;
        for (const s of graph.separators) w -= component[s * size + m] as number;
        row[m] = w;
      }
      return row;
    });
    let max = Number.NEGATIVE_INFINITY;
    for (const row of weights) for (const w of row) max = Math.max(max, w);
    const probability = new Float64Array(size);
    const byGraph = weights.map((row) => {
      let total = 0;
      let moment = 0;
      for (let m = 0; m < size; m++) {
        const p = Math.exp((row[m] as number) - max);
        probability[m] = (probability[m] as number) + p;
        total += p;
        moment += p * (observed + mOf(m));
      }
      return { total, moment };
    });
    const sum = probability.reduce((s, p) => s + p, 0);
    for (let m = 0; m < size; m++) probability[m] = (probability[m] as number) / sum;
    const n = Float64Array.from({ length: size }, (_, j) => observed + mOf(j));
    const quantile = (p: number) => distributionQuantile(n, probability, p);
    let mode = 0;
    for (let m = 1; m < size; m++) if ((probability[m] as number) > (probability[mode] as number)) mode = m;
    const tailFrom = Math.floor(0.9 * size);
    let tailMass = 0;
    for (let m = tailFrom; m < size; m++) tailMass += probability[m] as number;
    const models = graphs
      .map((graph, g) => ({
        cliques: graph.cliques.map((c) => sources.filter((_, i) => (c >> i) & 1)),
        probability: (byGraph[g] as { total: number }).total / sum,
        nMean: (byGraph[g] as { moment: number; total: number }).moment / (byGraph[g] as { total: number }).total,
      }))
      .sort((a, b) => b.probability - a.probability);
    return {
      method: 'bma-decomposable',
      observed,
      posterior: { n, probability },
      mean: probability.reduce((s, p, j) => s + p * (observed + mOf(j)), 0),
      median: quantile(0.5),
      mode: observed + mOf(mode),
      interval: { level, lower: quantile((1 - level) / 2), upper: quantile(1 - (1 - level) / 2) },
      models,
      tailMass,
    };
  }
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

/** The index of `history`'s restriction to the lists in `subset` (bit j = j-th list of the subset). */
function compress(history: number, subset: number): number {
  let index = 0;
  let bit = 0;
  for (let i = 0; subset >> i; i++) {
    if ((subset >> i) & 1) {
      if ((history >> i) & 1) index |= 1 << bit;
      bit++;
    }
  }
  return index;
}
