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
export { documentText, type OfficialDocument } from './official-document.ts';
export { policyLetter } from './policy-letter.ts';
export { proposeRedactions, type RedactionProposal } from './propose-redactions.ts';
export {
  applyConfirmedRedactions,
  redactPersonalData,
  type WooGround,
  wooGround,
  wooGroundsStatement,
  wooMark,
} from './redact-personal-data.ts';
export { renderDocx } from './render-docx.ts';
export { resolvePromisedMoment, understoodPhrases } from './resolve-promised-moment.ts';
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
} from './response-workflow.ts';
export { dutchDate, stanceLabels, statusLabels } from './stance-labels.ts';
export {
  fromToezeggingen,
  type Toezegging,
  toezeggingOf,
  toToezegging,
  toToezeggingen,
} from './toezegging.ts';
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
} from './edition-edits.ts';
export {
  storeEditionPatch,
  storeNewEdition,
  storeNewRecommendation,
  storeRecommendationPatch,
  storeResponse,
} from './edit-followup.ts';
export { type EditionWorkspace, editionWorkspace } from './edition-workspace.ts';
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
} from './followup-versions.ts';
export { internalRecord, isReleased, publicRecord } from './printed-record.ts';
export {
  type EditionRedactionDecision,
  type KnownPerson,
  type RedactionDecision,
  type RedactionState,
  type RedactionView,
  redactionState,
} from './redaction-decisions.ts';
export {
  loadRedactionDecisions,
  type RedactionDecisionInput,
  redactionDecisionInputSchema,
  storeRedactionDecision,
} from './redaction-store.ts';
export { canonicalJson, responseFingerprint } from './response-fingerprint.ts';
export { type WordChange, wordDiff } from './text-diff.ts';
export { diffVersions, type FieldChange, type VersionDiff } from './version-diff.ts';
export { storeWorkflowStep, type WorkflowActor } from './workflow-store.ts';
export { loadDocumentRecord } from './document-record-store.ts';
export * from './bewindspersonen.ts';
export * from './commitment-counts.ts';
export * from './commitment-report.ts';
export * from './commitment-store.ts';
export { demoPosts } from './demo-posts.ts';
export * from './edit-commitment.ts';
export * from './parliamentary-calendar.ts';
export * from './postpone-commitment.ts';
export * from './register-text.ts';
