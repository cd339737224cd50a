export { estimateHiddenVictims, estimationLists, type HiddenVictimsEstimate } from './estimate-hidden-victims.ts';
export { type PipelineEffects, runStage, type StageReport } from './pipeline-run.ts';
export { deliveryFormatOf, type PipelineOptions, type PipelineResult, runPipeline } from './run-pipeline.ts';
