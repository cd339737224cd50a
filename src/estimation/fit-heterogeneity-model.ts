import type { CaptureTable } from './capture-table.ts';
import { checkMleExistence } from './check-mle-existence.ts';
import { completeCaptureTable } from './complete-capture-table.ts';
import { findDependentColumns } from './find-dependent-columns.ts';
import type { FitLogLinearOptions, LogLinearFit } from './fit-log-linear.ts';
import type { DroppedTerm } from './fit-two-way-model.ts';
import { summariseLogLinearFit } from './summarise-log-linear-fit.ts';
import { fitPoissonIrls } from './fit-poisson-irls.ts';

/** Name of the common three-way term in `interactions` and `coefficients`. */
export const heterogeneityTerm = 'heterogeneity';

export interface HeterogeneityFit {
  /** The fit of the largest estimable model reached by dropping terms (a failure if none is). */
  readonly fit: LogLinearFit;
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
 * Terms that cannot be estimated are dropped and named, as in `fitTwoWayModel`.
 */
export function fitHeterogeneityModel(table: CaptureTable, options: FitLogLinearOptions = {}): HeterogeneityFit {
  const { sources, histories, counts } = completeCaptureTable(table);
  const k = sources.length;
  let pairs: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
  let heterogeneity = k >= 4;
  const dropped: DroppedTerm[] = [];
  for (;;) {
    const names = [
      '(Intercept)',
      ...sources,
      ...pairs.map(([i, j]) => `${sources[i]}:${sources[j]}`),
      ...(heterogeneity ? [heterogeneityTerm] : []),
    ];
    const x = histories.map((h) => {
      const s = popcount(h);
      const row = [
        1,
        ...sources.map((_, i) => (h[i] === '1' ? 1 : 0)),
        ...pairs.map(([i, j]) => (h[i] === '1' && h[j] === '1' ? 1 : 0)),
      ];
      if (heterogeneity) row.push((s * (s - 1) * (s - 2)) / 6);
      return row;
    });
    const interactions = names.slice(1 + k);
    const failure = (
      status: 'not-identifiable' | 'mle-does-not-exist' | 'not-converged',
      message: string,
      offending: string[],
      cells: string[] = [],
    ) => ({ status, sources, interactions, message, offendingTerms: offending, boundaryCells: cells }) as const;
    const dependent = findDependentColumns(x);
    let problem: ReturnType<typeof failure> | null = null;
    if (dependent.length > 0) {
      const offending = dependent.map((j) => names[j] as string);
      problem = failure(
        'not-identifiable',
        `not estimable from the observed cells: ${offending.join(', ')}`,
        offending,
      );
    } else {
      const existence = checkMleExistence(x, counts);
      if (!existence.exists) {
        const offending = names.filter((_, j) => Math.abs(existence.direction[j] as number) > 1e-7);
        const cells = existence.boundaryRows.map((i) => histories[i] as string);
        problem = failure(
          'mle-does-not-exist',
          `maximum likelihood estimate does not exist (zero cells ${cells.join(', ')} force ${offending.join(', ')} to ±∞)`,
          offending,
          cells,
        );
      }
    }
    if (problem) {
      const removable = new Set(problem.offendingTerms.filter((term) => interactions.includes(term)));
      if (removable.size === 0) return { fit: problem, dropped };
      for (const term of removable) dropped.push({ term, reason: problem.message });
      pairs = pairs.filter(([i, j]) => !removable.has(`${sources[i]}:${sources[j]}`));
      if (removable.has(heterogeneityTerm)) heterogeneity = false;
      continue;
    }
    const fit = fitPoissonIrls(x, counts, { maxIterations: options.maxIterations ?? 100 });
    if (!fit?.converged || !fit.information)
      return {
        fit: failure('not-converged', `IRLS did not converge in ${fit?.iterations ?? 0} iterations`, []),
        dropped,
      };
    return { fit: summariseLogLinearFit(x, counts, histories, sources, names, fit, options), dropped };
  }
}
