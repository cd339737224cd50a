// Public surface of the estimation core: multiple systems estimation with log-linear models.
export type { CaptureCell, CaptureHistory, CaptureTable } from './capture-table.ts';
export { toCaptureTable } from './capture-table.ts';
export { EstimationInputError } from './estimation-input-error.ts';
export type {
  Coefficient,
  FitLogLinearOptions,
  IntervalForN,
  LogLinearFit,
  LogLinearFitFailure,
  LogLinearFitOk,
} from './fit-log-linear.ts';
export { fitLogLinear } from './fit-log-linear.ts';
export type { ModelTerms } from './model-terms.ts';
export type { LogLinearModelSelection, ModelCandidate, SelectLogLinearModelOptions } from './select-log-linear-model.ts';
export { selectLogLinearModel } from './select-log-linear-model.ts';
export type { CaptureTableStratum, StratifiedCaptureHistory } from './to-stratified-capture-tables.ts';
export { toStratifiedCaptureTables } from './to-stratified-capture-tables.ts';
