import type { CaptureTable } from './capture-table.ts';
import { completeCaptureTable } from './complete-capture-table.ts';
import type { FitLogLinearOptions, LogLinearFit } from './fit-log-linear.ts';
import { fitPoissonIrls } from './fit-poisson-irls.ts';
import { type CandidateTerm, type DroppedTerm, largestEstimableModel } from './largest-estimable-model.ts';
import { orderPairsBySupport } from './order-pairs-by-support.ts';
import { maxTotalPerObserved, refuseTooLittleOverlap, type TooLittleOverlap } from './refuse-too-little-overlap.ts';
import { summariseLogLinearFit } from './summarise-log-linear-fit.ts';

/** Name of the common three-way term in `interactions` and `coefficients`. */
export const heterogeneityTerm = 'heterogeneity';

export interface FitHeterogeneityOptions extends FitLogLinearOptions {
  /** N̂ above this multiple of the number observed is refused (`too-little-overlap`); default 10. */
  readonly maxTotalPerObserved?: number;
}

export interface HeterogeneityFit {
  /** The fit of the largest estimable model reached by dropping terms (a failure if none is). */
  readonly fit: LogLinearFit | TooLittleOverlap;
  /** Interactions left out because the data cannot estimate them, in model order. */
  readonly dropped: readonly DroppedTerm[];
}

function popcount(history: string): number {
  let s = 0;
  for (const c of history) if (c === '1') s++;
  return s;
}

/**
 * Every pairwise interaction (dependence between two lists) plus one common three-way term
 * λ·C(s, 3), s the number of lists that saw a person: the heterogeneity term of Darroch, Fienberg,
 * Glonek & Junker (1993). When children differ in how visible they are to every list, the seen
 * are over-represented on many lists at once; pairwise terms absorb part of that, the three-way
 * term the rest, and the k-way term (which lives only in the unseen cell) is assumed absent. Needs
 * at least four lists (with three, the three-way term is the unidentifiable top-order term).
 *
 * When that model cannot be estimated, as little as possible is dropped (`largestEstimableModel`):
 * the pairs are added best supported first and the three-way term last, so it is the first to go
 * (with nobody on every list, the three-way term and the pairs are not estimable together, but
 * every pair is without it). An N̂ above `maxTotalPerObserved` times the number seen is refused.
 */
export function fitHeterogeneityModel(table: CaptureTable, options: FitHeterogeneityOptions = {}): HeterogeneityFit {
  const { sources, histories, counts } = completeCaptureTable(table);
  const k = sources.length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
  const candidates: CandidateTerm[] = pairs.map(([i, j]) => ({
    name: `${sources[i]}:${sources[j]}`,
    column: histories.map((h) => (h[i] === '1' && h[j] === '1' ? 1 : 0)),
  }));
  if (k >= 4) {
    candidates.push({
      name: heterogeneityTerm,
      column: histories.map((h) => {
        const s = popcount(h);
        return (s * (s - 1) * (s - 2)) / 6;
      }),
    });
  }
  const fixedNames = ['(Intercept)', ...sources];
  const fixed = histories.map((h) => [1, ...sources.map((_, i) => (h[i] === '1' ? 1 : 0))]);
  const order = [...orderPairsBySupport(histories, counts, pairs), ...(k >= 4 ? [pairs.length] : [])];
  const model = largestEstimableModel({ histories, counts, fixedNames, fixed, candidates, order });
  if (!model.estimable) {
    const { message, offendingTerms, boundaryCells } = model;
    return {
      fit: { status: 'mle-does-not-exist', sources, interactions: [], message, offendingTerms, boundaryCells },
      dropped: [],
    };
  }
  const kept = candidates.filter((_, c) => model.kept[c]);
  const names = [...fixedNames, ...kept.map((term) => term.name)];
  const x = fixed.map((row, i) => [...row, ...kept.map((term) => term.column[i] as number)]);
  const fit = fitPoissonIrls(x, counts, { maxIterations: options.maxIterations ?? 100 });
  if (!fit?.converged || !fit.information) {
    const message = `IRLS did not converge in ${fit?.iterations ?? 0} iterations`;
    const interactions = names.slice(1 + k);
    return {
      fit: { status: 'not-converged', sources, interactions, message, offendingTerms: [], boundaryCells: [] },
      dropped: model.dropped,
    };
  }
  const summary = summariseLogLinearFit(x, counts, histories, sources, names, fit, options);
  return {
    fit: refuseTooLittleOverlap(summary, options.maxTotalPerObserved ?? maxTotalPerObserved),
    dropped: model.dropped,
  };
}
