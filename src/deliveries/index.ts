export { buildValidationReport, type ValidationReport } from './build-validation-report.ts';
export { type DeliveryRule, deliveryRules, type RowProblem } from './delivery-rules.ts';
export { confirmDelivery, type DeliveryVersion, listDeliveryVersions, rollbackDelivery } from './delivery-versions.ts';
export { type DeliveryHold, holdReasonFor, shrinkLimit } from './delivery-hold.ts';
export {
  DeliveryError,
  type IngestEffects,
  type IngestRequest,
  type IngestResult,
  ingestDelivery,
} from './ingest-delivery.ts';
export { encodeBloomFilter, encodePersonName, nameHalfBits } from './encode-bloom-filter.ts';
export {
  demoLinkSecret,
  LinkSecretError,
  linkSecretFromEnv,
  linkSecretProblem,
  minimumLinkSecretLength,
  syntheticLinkSecret,
} from './link-secret.ts';
export { type PseudonymiseSummary, pseudonymiseFile } from './pseudonymise-file.ts';
export {
  type DirectIdentifiers,
  type LinkageTokens,
  normaliseName,
  pseudonymisePerson,
} from './pseudonymise-person.ts';
export { type DeliveredRow, type DeliveryFormat, formatOfFile, readDeliveryFile } from './read-delivery-file.ts';
export { type ValidationContext, validateRecord } from './validate-record.ts';
export { listQuarantine, type QuarantinedRow } from './list-quarantine.ts';
export { renderValidationReportHtml } from './render-validation-report.ts';
export { writeCsvFile } from './write-csv-file.ts';
