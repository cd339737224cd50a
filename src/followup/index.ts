export { buildDemoData } from './build-demo-data.ts';
export {
  type Changed,
  type CommitmentInput,
  changeCommitmentStatus,
  commitmentInputSchema,
  effectiveStatus,
  recordCommitment,
  type StatusChange,
  statusChangeSchema,
} from './commitment-changes.ts';
export {
  type CommitmentDigest,
  commitmentDigest,
  type DigestItem,
  type MinistryDigest,
  renderDigestText,
} from './commitment-digest.ts';
export { commitmentCsvColumns, commitmentsFromCsv, commitmentsToCsv } from './commitments-csv.ts';
export { convertToPdf, LibreOfficeMissingError } from './convert-to-pdf.ts';
export { decisionMemo } from './decision-memo.ts';
export {
  compareEditions,
  type EditionOverview,
  editionOverview,
  type PublicCommitment,
  type PublicRecommendation,
  type RecurringTheme,
} from './edition-overview.ts';
export { type EditionRecord, editionRecord, type FollowupData } from './followup-data.ts';
export { FollowupError } from './followup-error.ts';
export * from './followup-model.ts';
export {
  findCommitment,
  loadFollowupData,
  replaceFollowupData,
  storeCommitmentStatus,
  storeImportedCommitments,
  storeNewCommitment,
  storeWorkflowStep,
} from './followup-store.ts';
export { documentText, type OfficialDocument } from './official-document.ts';
export { policyLetter } from './policy-letter.ts';
export { redactPersonalData, wooGround } from './redact-personal-data.ts';
export { renderDocx } from './render-docx.ts';
export { resolvePromisedMoment, understoodPhrases } from './resolve-promised-moment.ts';
export {
  allowedSteps,
  applyWorkflowStep,
  type ResponseWorkflow,
  type WorkflowState,
  type WorkflowStep,
  workflowStates,
  workflowStepSchema,
} from './response-workflow.ts';
export { dutchDate, stanceLabels, statusLabels } from './stance-labels.ts';
export { fromToezeggingen, type Toezegging, toToezegging } from './toezegging.ts';
