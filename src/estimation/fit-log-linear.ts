import type { CaptureTable } from './capture-table.ts';
import { checkMleExistence } from './check-mle-existence.ts';
import { completeCaptureTable } from './complete-capture-table.ts';
import { designMatrix } from './design-matrix.ts';
import { findDependentColumns } from './find-dependent-columns.ts';
import { fitPoissonIrls } from './fit-poisson-irls.ts';
import { type ModelTerms, resolveModelTerms } from './model-terms.ts';
import { summariseLogLinearFit } from './summarise-log-linear-fit.ts';

export interface FitLogLinearOptions {
  /** Confidence level of the interval for N; default 0.95. */
  readonly level?: number;
  /** Compute the profile-likelihood interval (costly: many refits); default true. */
  readonly profileInterval?: boolean;
  readonly maxIterations?: number;
}

export interface Coefficient {
  readonly term: string;
  readonly estimate: number;
  readonly se: number;
}

export interface IntervalForN {
  /** Which interval `lower`/`upper` are: the profile one when it could be computed, else Wald. */
  readonly method: 'profile' | 'wald';
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
  readonly profile: { readonly lower: number; readonly upper: number } | null;
  /** n + m0·exp(±z·se(log m0)): never below the observed total. */
  readonly wald: { readonly lower: number; readonly upper: number };
}

export interface LogLinearFitOk {
  readonly status: 'ok';
  readonly sources: readonly string[];
  /** Interaction terms in the model, named like R ('A:B'). */
  readonly interactions: readonly string[];
  readonly coefficients: readonly Coefficient[];
  readonly deviance: number;
  readonly df: number;
  readonly logLik: number;
  /** -2 logLik + 2p, as R's AIC() for a Poisson glm. */
  readonly aic: number;
  /** -2 logLik + p·log(n), n the number of people observed (as Rcapture). */
  readonly bic: number;
  readonly fitted: readonly { readonly history: string; readonly observed: number; readonly fitted: number }[];
  readonly iterations: number;
  readonly observedTotal: number;
  /** m0 = exp(intercept), se by the delta method: m0·se(intercept). */
  readonly unobserved: { readonly estimate: number; readonly se: number };
  /** observed + m0. */
  readonly nHat: number;
  readonly interval: IntervalForN;
}

export interface LogLinearFitFailure {
  readonly status: 'not-identifiable' | 'mle-does-not-exist' | 'not-converged';
  readonly sources: readonly string[];
  readonly interactions: readonly string[];
  readonly message: string;
  /** Terms that cannot be estimated, or whose estimates run off to ±∞. */
  readonly offendingTerms: readonly string[];
  /** Zero-count cells the likelihood pushes to a fitted value of 0 (mle-does-not-exist). */
  readonly boundaryCells: readonly string[];
}

export type LogLinearFit = LogLinearFitOk | LogLinearFitFailure;

/**
 * Fits a log-linear Poisson model (intercept, all main effects, the given interactions) to the
 * observed cells of an incomplete 2^k capture table and estimates the unobserved all-zero cell.
 * A model whose parameters cannot be estimated is returned as a failure, never as a number.
 */
export function fitLogLinear(table: CaptureTable, terms: ModelTerms, options: FitLogLinearOptions = {}): LogLinearFit {
  const { sources, histories, counts } = completeCaptureTable(table);
  const resolved = resolveModelTerms(sources, terms);
  const names = resolved.map((term) => term.name);
  const interactions = names.slice(1 + sources.length);
  const failure = (status: LogLinearFitFailure['status'], message: string, offending: string[], cells: string[] = []) =>
    ({ status, sources, interactions, message, offendingTerms: offending, boundaryCells: cells }) as const;
  const x = designMatrix(histories, resolved);
  const dependent = findDependentColumns(x);
  if (dependent.length > 0) {
    const offending = dependent.map((j) => names[j] as string);
    return failure('not-identifiable', `not estimable from the observed cells: ${offending.join(', ')}`, offending);
  }
  const existence = checkMleExistence(x, counts);
  if (!existence.exists) {
    const offending = names.filter((_, j) => Math.abs(existence.direction[j] as number) > 1e-7);
    const cells = existence.boundaryRows.map((i) => histories[i] as string);
    const message = `maximum likelihood estimate does not exist (zero cells ${cells.join(', ')} force ${offending.join(', ')} to ±∞)`;
    return failure('mle-does-not-exist', message, offending, cells);
  }
  const fit = fitPoissonIrls(x, counts, { maxIterations: options.maxIterations ?? 100 });
  if (!fit?.converged || !fit.information) {
    return failure('not-converged', `IRLS did not converge in ${fit?.iterations ?? 0} iterations`, []);
  }
  return summariseLogLinearFit(x, counts, histories, sources, names, fit, options);
}
