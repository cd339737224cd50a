// Public surface of the estimation core: multiple systems estimation with log-linear models.
export type { BmaDecomposable, BmaDecomposableOptions } from './bma-decomposable.ts';
export { bmaDecomposable } from './bma-decomposable.ts';
export type { BootstrapInterval, BootstrapIntervalOptions, BootstrapSource } from './bootstrap-interval.ts';
export { bootstrapInterval } from './bootstrap-interval.ts';
export type { CaptureCell, CaptureHistory, CaptureTable } from './capture-table.ts';
export { toCaptureTable } from './capture-table.ts';
export type { CaptureTableFromRows, CaptureTableProblem } from './capture-table-from-rows.ts';
export { captureTableFromRows } from './capture-table-from-rows.ts';
export type { DecomposableGraph } from './decomposable-graphs.ts';
export { decomposableGraphs } from './decomposable-graphs.ts';
export type { DroppedList } from './drop-empty-lists.ts';
export type { MissingMle } from './empty-pair-margins.ts';
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
export type { DroppedTerm, TwoWayFit } from './fit-two-way-model.ts';
export { fitTwoWayModel } from './fit-two-way-model.ts';
export type { ModelAveragedInterval, ModelAveragedIntervalOptions } from './model-averaged-interval.ts';
export { modelAveragedInterval } from './model-averaged-interval.ts';
export type { ModelTerms } from './model-terms.ts';
export type { TooLittleOverlap } from './refuse-too-little-overlap.ts';
export { maxTotalPerObserved } from './refuse-too-little-overlap.ts';
export type {
  PairwiseModelSearch,
  PairwiseModelSummary,
  SearchPairwiseModelsOptions,
} from './search-pairwise-models.ts';
export { searchPairwiseModels } from './search-pairwise-models.ts';
export type {
  LogLinearModelSelection,
  ModelCandidate,
  SelectLogLinearModelOptions,
} from './select-log-linear-model.ts';
export { selectLogLinearModel } from './select-log-linear-model.ts';
export type { CaptureTableStratum, StratifiedCaptureHistory } from './to-stratified-capture-tables.ts';
export { toStratifiedCaptureTables } from './to-stratified-capture-tables.ts';
export type {
  FamilyFitComparison,
  PopulationSizeEstimate,
  PopulationSizeNotEstimable,
  PopulationSizeOptions,
  PopulationSizeResult,
  PublishedResample,
  PublishedRule,
} from './estimate-population-size.ts';
export {
  aicAboveBest,
  essentiallyNoSupport,
  estimatePopulationSize,
  heterogeneityEvidence,
  substantialSupport,
} from './estimate-population-size.ts';
export type { CovariateStratumEstimate, ModelFamily, ModelFamilyEstimate } from './model-family-estimate.ts';
export type { LatentClassRun } from './latent-class-family.ts';
export { defaultLatentClassRun } from './latent-class-family.ts';
export type { FitHeterogeneityOptions, HeterogeneityFit } from './fit-heterogeneity-model.ts';
export { fitHeterogeneityModel, heterogeneityTerm } from './fit-heterogeneity-model.ts';
export type { StrataEstimate } from './estimate-strata.ts';
export { estimateStrata } from './estimate-strata.ts';
export type { StratumEstimate, StratumNotEstimable, StratumSum } from './sum-stratum-estimates.ts';
export { sumStratumEstimates } from './sum-stratum-estimates.ts';
export type { CaptureCount, CaptureTableOf } from './capture-tables-by.ts';
export { captureTablesBy } from './capture-tables-by.ts';
export type {
  CaptureTableEstimate,
  CaptureTableEstimateFailure,
  CaptureTableEstimateOptions,
} from './estimate-from-capture-table.ts';
export { estimateFromCaptureTable } from './estimate-from-capture-table.ts';
export type { LatentClassEstimate, LatentClassOptions } from './latent-class/index.ts';
export { convergenceThresholds, estimateLatentClass } from './latent-class/index.ts';
export type { LatentClassMle, LatentClassMleOptions } from './latent-class/index.ts';
export { bestLatentClassMle, fitLatentClassMle } from './latent-class/index.ts';
export { seenCellsAic } from './seen-cells-aic.ts';
export { logGamma } from './log-gamma.ts';
export type {
  CovariateCaptureCount,
  CovariateCaptureTable,
  CovariateFamilyOptions,
  CovariateModelFit,
  HiddenByCovariates,
} from './covariate-model.ts';
export { covariateFamily, covariateFitAndFamily, fitCovariateModel } from './covariate-model.ts';
