export { buildDemoData } from './build-demo-data.ts';
export {
  type Changed,
  type CommitmentInput,
  changeCommitmentStatus,
  commitmentInputSchema,
  commitmentVersions,
  effectiveStatus,
  recordCommitment,
  type StatusChange,
  statusChangeSchema,
} from './commitments/commitment-changes.ts';
export {
  type CommitmentDigest,
  commitmentDigest,
  type DigestItem,
  type MinistryDigest,
  renderDigestText,
} from './commitments/commitment-digest.ts';
export { commitmentCsvColumns, commitmentsFromCsv, commitmentsToCsv } from './commitments/commitments-csv.ts';
export { convertToPdf, LibreOfficeMissingError } from './documents/convert-to-pdf.ts';
export { decisionMemo } from './documents/decision-memo.ts';
export {
  compareEditions,
  type EditionOverview,
  editionOverview,
  type PublicCommitment,
  type PublicRecommendation,
  type RecurringTheme,
} from './edition-overview.ts';
export { type ConfirmedRedaction, type EditionRecord, editionRecord, type FollowupData } from './followup-data.ts';
export { FollowupError } from './followup-error.ts';
export * from './followup-model.ts';
export {
  findCommitment,
  loadFollowupData,
  replaceFollowupData,
  storeCommitmentStatus,
  storeImportedCommitments,
  storeNewCommitment,
} from './followup-store.ts';
export { documentText, type OfficialDocument } from './documents/official-document.ts';
export { policyLetter } from './documents/policy-letter.ts';
export { proposeRedactions, type RedactionProposal } from './redaction/propose-redactions.ts';
export {
  applyConfirmedRedactions,
  redactPersonalData,
  type WooGround,
  wooGround,
  wooGroundsStatement,
  wooMark,
} from './redaction/redact-personal-data.ts';
export { renderDocx } from './documents/render-docx.ts';
export { resolvePromisedMoment, understoodPhrases } from './commitments/resolve-promised-moment.ts';
export {
  allowedSteps,
  applyWorkflowStep,
  type CoordinationParty,
  editingRefusal,
  newResponseWorkflow,
  type PartyStatus,
  partyStatus,
  type ResponseWorkflow,
  type SentRecord,
  stepsAllowedFor,
  type WorkflowAuthority,
  type WorkflowFacts,
  type WorkflowState,
  type WorkflowStep,
  type WorkflowStepKind,
  workflowStates,
  workflowStepSchema,
} from './workflow/response-workflow.ts';
export { dutchDate, stanceLabels, statusLabels } from './stance-labels.ts';
export {
  fromToezeggingen,
  type Toezegging,
  toezeggingOf,
  toToezegging,
  toToezeggingen,
} from './commitments/toezegging.ts';
export {
  type EditionPatch,
  editionPatchSchema,
  type NewEdition,
  newEditionSchema,
  type RecommendationInput,
  type RecommendationPatch,
  recommendationInputSchema,
  recommendationPatchSchema,
  type ResponseInput,
  responseInputSchema,
} from './workflow/edition-edits.ts';
export {
  storeEditionPatch,
  storeNewEdition,
  storeNewRecommendation,
  storeRecommendationPatch,
  storeResponse,
} from './workflow/edit-followup.ts';
export { type EditionWorkspace, editionWorkspace } from './workflow/edition-workspace.ts';
export { StaleVersionError } from './followup-error.ts';
export { loadEditionRecord } from './followup-store.ts';
export {
  editionVersions,
  listVersions,
  storedVersionDiff,
  type VersionedEntity,
  type VersionEntry,
  versionedEntities,
  versionEntityId,
} from './workflow/followup-versions.ts';
export { internalRecord, isReleased, publicRecord } from './workflow/printed-record.ts';
export {
  type EditionRedactionDecision,
  type KnownPerson,
  type RedactionDecision,
  type RedactionState,
  type RedactionView,
  redactionState,
} from './redaction/redaction-decisions.ts';
export {
  loadRedactionDecisions,
  type RedactionDecisionInput,
  redactionDecisionInputSchema,
  storeRedactionDecision,
} from './redaction/redaction-store.ts';
export { canonicalJson, responseFingerprint } from './workflow/response-fingerprint.ts';
export { type WordChange, wordDiff } from './workflow/text-diff.ts';
export { diffVersions, type FieldChange, type VersionDiff } from './workflow/version-diff.ts';
export { storeWorkflowStep, type WorkflowActor } from './workflow/workflow-store.ts';
export { loadDocumentRecord } from './workflow/document-record-store.ts';
export * from './commitments/bewindspersonen.ts';
export * from './commitments/commitment-counts.ts';
export * from './commitments/commitment-report.ts';
export * from './commitments/commitment-store.ts';
export { demoPosts } from './commitments/demo-posts.ts';
export * from './commitments/edit-commitment.ts';
export * from './commitments/parliamentary-calendar.ts';
export * from './commitments/postpone-commitment.ts';
export * from './commitments/register-text.ts';
