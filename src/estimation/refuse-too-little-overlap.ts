import type { LogLinearFitOk } from './fit-log-linear.ts';

/** The largest N̂, as a multiple of the number observed, an estimator returns as a number. */
export const maxTotalPerObserved = 10;

/** A fit whose N̂ is refused: so far above the number seen that the data cannot support it. */
export interface TooLittleOverlap {
  readonly status: 'too-little-overlap';
  readonly sources: readonly string[];
  readonly interactions: readonly string[];
  readonly message: string;
  readonly offendingTerms: readonly string[];
  readonly boundaryCells: readonly string[];
  readonly observedTotal: number;
}

/** The published rule's refusal when no pairwise log-linear model can be fitted to the table at all. */
export const noEstimableModelMessage = 'no log-linear model can be estimated from this table';

export const tooLittleOverlapMessage = (maxRatio = maxTotalPerObserved) =>
  `the estimate is more than ${maxRatio === 10 ? 'ten' : maxRatio} times the observed number: the lists overlap too little to say how many were missed`;

/**
 * The fit, or a refusal when its N̂ exceeds `maxRatio` times the number observed. Such an N̂ comes
 * from lists that barely overlap: the unseen cell is then an extrapolation far beyond the data,
 * its interval runs off, and a published figure would be noise. Infinity turns the bound off.
 */
export function refuseTooLittleOverlap(
  fit: LogLinearFitOk,
  maxRatio = maxTotalPerObserved,
): LogLinearFitOk | TooLittleOverlap {
  if (!(fit.nHat > maxRatio * fit.observedTotal)) return fit;
  return {
    status: 'too-little-overlap',
    sources: fit.sources,
    interactions: fit.interactions,
    message: tooLittleOverlapMessage(maxRatio),
    offendingTerms: [],
    boundaryCells: [],
    observedTotal: fit.observedTotal,
  };
}
