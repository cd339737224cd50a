import {
  type CodeList,
  caseSteps,
  courtRulings,
  offences,
  omDecisions,
  type RecordType,
  recordColumns,
  regions,
  relationships,
  roles,
  sentenceTypes,
  settings,
  sexes,
  sources,
} from '../contract/index.ts';
import { numberLimit, type RuleLimit } from './delivery-rules.ts';

/**
 * How each contract column is checked in bulk (SQL). The same rules as the zod schemas in
 * src/contract/records.ts, for set-based validation; a parity test keeps the two in step.
 */
export type ColumnRule =
  | { readonly kind: 'id'; readonly required: boolean }
  | { readonly kind: 'date'; readonly required: boolean }
  | { readonly kind: 'year_month' }
  | { readonly kind: 'code'; readonly list: CodeList<string>; readonly required: boolean }
  | { readonly kind: 'flag' }
  /** A whole number from 0 to `max`: a plausible bound, so that a unit mistake or an absurd value is a located row problem. */
  | { readonly kind: 'count'; readonly max: number; readonly unit: RuleLimit }
  | { readonly kind: 'token' };

const id = { kind: 'id', required: true } as const;
const optionalId = { kind: 'id', required: false } as const;
const date = { kind: 'date', required: true } as const;
const optionalDate = { kind: 'date', required: false } as const;
const code = (list: CodeList<string>, required = true) => ({ kind: 'code', list, required }) as const;
const token = { kind: 'token' } as const;

/** What a linkage token looks like (hex or base64 from `zicht pseudonymise`), as a DuckDB regular expression. */
export const tokenPattern = '[A-Za-z0-9+/=]{16,}';

/**
 * The longest fixed prison term in Dutch law is 30 years (10,958 days); a hundred years leaves
 * room for cumulated sentences and still catches hours or seconds delivered as days, and values
 * that would overflow the stored integer.
 */
const sentenceDaysMax = 36_525;

/** The bounds of a count, as a message names them: 0 tot 36.525 dagen, 0 to 36,525 days. */
export const rangeLimit = (max: number, unit: RuleLimit): RuleLimit => {
  const upper = numberLimit(max, unit);
  return { nl: `0 tot ${upper.nl}`, en: `0 to ${upper.en}` };
};

export const columnRules: { readonly [K in RecordType]: Readonly<Record<string, ColumnRule>> } = {
  registration: {
    source: code(sources),
    registration_id: id,
    registration_date: date,
    incident_date_from: optionalDate,
    incident_date_to: optionalDate,
    offence_code: code(offences),
    setting: code(settings),
    online: { kind: 'flag' },
    region: code(regions),
    victim_person_id: optionalId,
    suspect_person_id: optionalId,
    relationship: code(relationships),
  },
  person: {
    source: code(sources),
    person_id: id,
    role: code(roles),
    sex: code(sexes),
    birth_year_month: { kind: 'year_month' },
    link_bsn: token,
    link_name_dob: token,
    link_bloom_name: token,
    link_bloom_dob: token,
  },
  case_event: {
    source: code(sources),
    event_id: id,
    registration_id: id,
    person_id: optionalId,
    step: code(caseSteps),
    event_date: date,
    om_decision: code(omDecisions, false),
    court_ruling: code(courtRulings, false),
    sentence_type: code(sentenceTypes, false),
    sentence_days: { kind: 'count', max: sentenceDaysMax, unit: { nl: 'dagen', en: 'days' } },
  },
};

for (const recordType of Object.keys(recordColumns) as RecordType[]) {
  const missing = recordColumns[recordType].filter((c) => !(c in columnRules[recordType]));
  if (missing.length > 0) throw new Error(`column rules lack ${recordType}.${missing.join(', ')}`);
}
