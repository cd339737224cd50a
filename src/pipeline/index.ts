export {
  compareEstimationModels,
  type EstimationCandidate,
  type ModelComparison,
  type PatternFit,
} from './compare-estimation-models.ts';
export {
  estimateHiddenVictims,
  estimationLists,
  type HiddenVictimsEstimate,
  type LinkageSensitivityEstimate,
  type SensitivityEstimate,
  type YearEstimate,
} from './estimate-hidden-victims.ts';
export {
  type AgeBand,
  ageBandOf,
  ageBands,
  type EstimationList,
  loadCaptureCounts,
  type StratumCaptureCount,
} from './load-capture-counts.ts';
export { loadLatestStageOutput, type StageOutput } from './load-latest-stage-output.ts';
export { type LinkageQuality, loadLinkageQuality } from './load-linkage-quality.ts';
export { type PipelineEffects, runStage } from './pipeline-run.ts';
export { deliveryFormatOf, type PipelineOptions, type PipelineResult, runPipeline } from './run-pipeline.ts';
