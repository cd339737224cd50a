export { CsvParser, detectDelimiter } from './csv-parser.ts';
export { csvField, writeCsvFile } from './csv-writer.ts';
export { type DeliveryRule, deliveryRules, type RowProblem } from './delivery-rules.ts';
export { type IngestEffects, type IngestRequest, type IngestResult, ingestDelivery } from './ingest-delivery.ts';
export { type PseudonymiseSummary, pseudonymiseFile } from './pseudonymise-file.ts';
export { type DirectIdentifiers, type LinkageTokens, normaliseName, pseudonymisePerson } from './pseudonymise-person.ts';
export { type DeliveredRow, type DeliveryFormat, formatOfFile, readDeliveryFile } from './read-delivery-file.ts';
export { type ValidationContext, validateRecord } from './validate-record.ts';
