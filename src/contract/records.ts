import { z } from 'zod';
import { caseSteps, courtRulings, omDecisions, sentenceTypes } from './case-steps.ts';
import {
  flag,
  isoDate,
  linkToken,
  localId,
  optionalCode,
  optionalCount,
  optionalIsoDate,
  optionalLocalId,
  optionalYearMonth,
} from './fields.ts';
import { offences } from './offences.ts';
import { roles, sexes } from './persons.ts';
import { regions } from './regions.ts';
import { relationships } from './relationships.ts';
import { settings } from './settings.ts';
import { sources } from './sources.ts';

/** One report or incident as a source registered it. */
export const registrationSchema = z.object({
  source: sources.schema,
  registration_id: localId,
  registration_date: isoDate,
  incident_date_from: optionalIsoDate,
  incident_date_to: optionalIsoDate,
  offence_code: offences.schema,
  setting: settings.schema,
  online: flag,
  region: regions.schema,
  victim_person_id: optionalLocalId,
  suspect_person_id: optionalLocalId,
  relationship: relationships.schema,
});
export type Registration = z.infer<typeof registrationSchema>;

/**
 * A person as a source knows them. Direct identifiers never appear here: only coarsened
 * quasi-identifiers and the pseudonymised linkage slots filled by `zicht pseudonymise`.
 */
export const personSchema = z.object({
  source: sources.schema,
  person_id: localId,
  role: roles.schema,
  sex: sexes.schema,
  birth_year_month: optionalYearMonth,
  /** keyed HMAC of the BSN */
  link_bsn: linkToken,
  /** keyed HMAC of surname + first initial + date of birth */
  link_name_dob: linkToken,
  /** Bloom-filter encodings for fuzzy matching (reserved; filled from contract v1.1 on) */
  link_bloom_name: linkToken,
  link_bloom_dob: linkToken,
});
export type Person = z.infer<typeof personSchema>;

/** One step of the chain for one registration (and, for justice steps, one suspect). */
export const caseEventSchema = z.object({
  source: sources.schema,
  event_id: localId,
  registration_id: localId,
  person_id: optionalLocalId,
  step: caseSteps.schema,
  event_date: isoDate,
  om_decision: optionalCode(omDecisions.schema),
  court_ruling: optionalCode(courtRulings.schema),
  sentence_type: optionalCode(sentenceTypes.schema),
  sentence_days: optionalCount,
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const recordTypes = {
  registration: registrationSchema,
  person: personSchema,
  case_event: caseEventSchema,
} as const;
export type RecordType = keyof typeof recordTypes;

/** Column order of each record type in a delivered file. */
export const recordColumns: { readonly [K in RecordType]: readonly string[] } = {
  registration: Object.keys(registrationSchema.shape),
  person: Object.keys(personSchema.shape),
  case_event: Object.keys(caseEventSchema.shape),
};
