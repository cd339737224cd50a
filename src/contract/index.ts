export { type CodeList, defineCodeList, type Label, labelOf } from './code-list.ts';
export { contractVersion } from './contract-version.ts';
export {
  ageBandLabels,
  delayBandLabels,
  estimationListLabels,
  funnelStepLabels,
  helpServiceLabels,
  normLabels,
  throughputStageLabels,
} from './breakdown-labels.ts';
export { combinedFamilies, describeEstimationModel } from './describe-estimation-model.ts';
export {
  type CaseStepCode,
  type CourtRulingCode,
  caseSteps,
  courtRulings,
  type OmDecisionCode,
  omDecisions,
  outcomeListOfStep,
  type SentenceTypeCode,
  sentenceTypes,
} from './case-steps.ts';
export {
  type OffenceCategoryCode,
  type OffenceCode,
  type OffenceDefinition,
  type OffenceRegime,
  offenceCategories,
  offenceCategoryOf,
  offenceDefinitions,
  offences,
  regimeOnDate,
  wsmInForce,
} from './offences.ts';
export { personRoleLabels } from './person-role-labels.ts';
export { type RoleCode, roles, type SexCode, sexes } from './persons.ts';
export {
  type CaseEvent,
  caseEventSchema,
  type Person,
  personSchema,
  type RecordType,
  type Registration,
  recordColumns,
  recordTypes,
  registrationSchema,
} from './records.ts';
export { type RegionCode, regions } from './regions.ts';
export { type RelationshipCode, relationships } from './relationships.ts';
export { homeSettings, type SettingCode, settings } from './settings.ts';
export { sourceLabels } from './source-labels.ts';
export { type SourceCode, sources } from './sources.ts';
export { renderCodeLists } from './render-code-lists.ts';
