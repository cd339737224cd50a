import type { CaptureTable } from './capture-table.ts';
import { completeCaptureTable } from './complete-capture-table.ts';
import { type DroppedList, dropEmptyLists } from './drop-empty-lists.ts';
import { fitHeterogeneityModel, heterogeneityTerm } from './fit-heterogeneity-model.ts';
import type { LogLinearFitOk } from './fit-log-linear.ts';
import type { DroppedTerm } from './largest-estimable-model.ts';
import { maxTotalPerObserved, refuseTooLittleOverlap } from './refuse-too-little-overlap.ts';
import { selectLogLinearModel } from './select-log-linear-model.ts';

/** The number of people on no list, estimated, with the model that gave it. */
export interface PopulationSizeEstimate {
  readonly status: 'ok';
  readonly observed: number;
  readonly hidden: number;
  readonly total: number;
  readonly lower: number;
  readonly upper: number;
  readonly intervalMethod: 'profile' | 'wald';
  /** 'heterogeneity': every pair plus the common three-way term; 'bic': the BIC-chosen pairwise model. */
  readonly method: 'heterogeneity' | 'bic';
  /** Readable model: 'independence + A×B + … + heterogeneity'. */
  readonly model: string;
  /** Interactions left out because the data cannot estimate them, with the reason. */
  readonly dropped: readonly DroppedTerm[];
  /** Lists left out because they saw nobody in this table; the model is over the others. */
  readonly droppedLists: readonly DroppedList[];
  readonly fit: LogLinearFitOk;
}

/** No number, as a value: why the table does not say how many were missed. */
export interface PopulationSizeNotEstimable {
  readonly status: 'not-estimable';
  readonly observed: number;
  readonly reason: string;
  /** The model that was tried, when one was: its N̂ is what the reason refuses. */
  readonly method: 'heterogeneity' | 'bic' | null;
  readonly dropped: readonly DroppedTerm[];
  readonly droppedLists: readonly DroppedList[];
}

export type PopulationSizeResult = PopulationSizeEstimate | PopulationSizeNotEstimable;

function modelName(fit: LogLinearFitOk): string {
  return [
    'independence',
    ...fit.interactions.map((term) => (term === heterogeneityTerm ? term : term.replaceAll(':', '×'))),
  ].join(' + ');
}

/**
 * The estimator `npm run eval:estimation` found to keep its promise on the synthetic chain (95%
 * intervals that cover the truth): every pairwise dependence plus a common three-way term for
 * children who are easier to see for every list (`fitHeterogeneityModel`). With fewer than four
 * lists, or when no interactions at all can be estimated with the three-way term, the BIC-chosen
 * pairwise model stands in.
 *
 * Sparse tables (a small stratum, one year): a list that saw nobody is left out and named
 * (`droppedLists`); interactions the data cannot estimate are left out and named (`dropped`). The
 * answer is `not-estimable`, with the reason, when fewer than two lists saw anyone, when no model
 * can be estimated, or when N̂ would exceed ten times the number observed: the lists then overlap
 * too little to say how many were missed. The fallback is not tried in that last case: a smaller
 * model giving a smaller number would hide the problem, not solve it.
 */
export function estimatePopulationSize(table: CaptureTable): PopulationSizeResult {
  const { counts } = completeCaptureTable(table);
  const observed = counts.reduce((sum, count) => sum + count, 0);
  const { table: seen, droppedLists } = dropEmptyLists(table);
  const notEstimable = (
    reason: string,
    method: PopulationSizeNotEstimable['method'] = null,
    dropped: readonly DroppedTerm[] = [],
  ): PopulationSizeNotEstimable => ({ status: 'not-estimable', observed, reason, method, dropped, droppedLists });
  if (observed === 0) return notEstimable('nobody is on any list: there is nothing to estimate from');
  if (seen.sources.length < 2)
    return notEstimable(
      `only ${seen.sources[0]} saw anyone: it takes at least two lists that overlap to estimate how many were missed`,
    );
  let fit: LogLinearFitOk | null = null;
  let dropped: readonly DroppedTerm[] = [];
  let method: PopulationSizeEstimate['method'] = 'heterogeneity';
  let failure = 'no log-linear model can be estimated from this table';
  if (seen.sources.length >= 4) {
    const result = fitHeterogeneityModel(seen);
    if (result.fit.status === 'too-little-overlap') return notEstimable(result.fit.message, method, result.dropped);
    if (result.fit.status === 'ok') fit = result.fit;
    else failure = `no log-linear model can be estimated from this table: ${result.fit.message}`;
    dropped = result.dropped;
  }
  if (!fit) {
    method = 'bic';
    dropped = [];
    const chosen = selectLogLinearModel(seen, { criterion: 'bic' }).chosen;
    if (!chosen) return notEstimable(failure, method);
    const bounded = refuseTooLittleOverlap(chosen, maxTotalPerObserved);
    if (bounded.status !== 'ok') return notEstimable(bounded.message, method);
    fit = bounded;
  }
  return {
    status: 'ok',
    observed,
    hidden: fit.unobserved.estimate,
    total: fit.nHat,
    lower: fit.interval.lower,
    upper: fit.interval.upper,
    intervalMethod: fit.interval.method,
    method,
    model: modelName(fit),
    dropped,
    droppedLists,
    fit,
  };
}
