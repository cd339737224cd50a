import { checkMleExistence } from './check-mle-existence.ts';
import type { MissingMle } from './empty-pair-margins.ts';
import { fitPoissonNewton, type NewtonWorkspace, type PoissonNewtonFit } from './fit-poisson-newton.ts';
import { denseRows, type PairwiseModel, type PairwiseModelSpace } from './pairwise-model-space.ts';

export type PairwiseModelFit =
  | { readonly status: 'ok'; readonly fit: PoissonNewtonFit }
  | { readonly status: 'mle-does-not-exist' | 'not-converged'; readonly problem: MissingMle };

/** Below this a zero cell's fitted value is taken to sit on the boundary, and the exact check runs. */
const onBoundary = (fitted: number, deviance: number) => fitted < 1e-8 * Math.max(1, deviance);

/**
 * Fits one two-way model and makes sure its estimate exists. The exact linear-programming check
 * for a missing MLE runs only when it can matter: when a zero cell's fitted value drifts to 0 or the
 * fit does not converge (Newton shrinks such a cell by about e per step, so it ends far below the
 * threshold, while an existing MLE keeps it away from 0).
 */
export function fitPairwiseModel(
  space: PairwiseModelSpace,
  model: PairwiseModel,
  counts: readonly number[],
  y: Float64Array,
  start: Float64Array | null,
  workspace: NewtonWorkspace,
  tolerance: number,
  histories: readonly string[],
): PairwiseModelFit {
  const fit = fitPoissonNewton(model.sparse, y, start, workspace, 100, tolerance);
  let boundary = !fit.converged || fit.iterations > 30;
  for (let i = 0; i < y.length && !boundary; i++)
    boundary = y[i] === 0 && onBoundary(fit.fitted[i] as number, fit.deviance);
  if (!boundary) return { status: 'ok', fit };
  const names = space.design.terms.map((term) => term.name);
  const existence = checkMleExistence(denseRows(space.design, model.columns), counts);
  if (!existence.exists) {
    const offending = [...model.columns]
      .filter((_, j) => Math.abs(existence.direction[j] as number) > 1e-7)
      .map((c) => names[c] as string);
    const cells = existence.boundaryRows.map((i) => histories[i] as string);
    const message = `maximum likelihood estimate does not exist (zero cells ${cells.join(', ')} force ${offending.join(', ')} to ±∞)`;
    return { status: 'mle-does-not-exist', problem: { message, offendingTerms: offending, boundaryCells: cells } };
  }
  if (!fit.converged) {
    const message = `IRLS did not converge in ${fit.iterations} iterations`;
    return { status: 'not-converged', problem: { message, offendingTerms: [], boundaryCells: [] } };
  }
  return { status: 'ok', fit };
}
