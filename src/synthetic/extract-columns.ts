import { type RecordType, recordColumns } from '../contract/index.ts';

/** The direct identifiers a partner holds; `zicht pseudonymise` turns them into the link_* tokens. */
export const directIdentifierColumns = [
  'bsn',
  'first_names',
  'surname_prefix',
  'surname',
  'date_of_birth',
  'postcode',
] as const;

/** Column order of each record type in a partner's raw extract (before pseudonymisation). */
export const extractColumns: { readonly [K in RecordType]: readonly string[] } = {
  registration: recordColumns.registration,
  person: [...recordColumns.person.filter((c) => !c.startsWith('link_')), ...directIdentifierColumns],
  case_event: recordColumns.case_event,
};
