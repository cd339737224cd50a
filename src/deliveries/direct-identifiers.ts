import {
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
import { normaliseBsn } from './pseudonymise-person.ts';

/**
 * Column names of direct identifiers, lower case with everything but letters and digits left out
 * ("Date of birth" and "date_of_birth" alike). They include every identifier column of a partner's
 * raw extract (src/synthetic/extract-columns.ts: bsn, first_names, surname_prefix, surname,
 * date_of_birth, postcode). Matched whole, so the contract's own `link_name_dob` or
 * `birth_year_month` never match.
 */
const identifierNames = new Set([
  'bsn',
  'burgerservicenummer',
  'sofinummer',
  'sofinr',
  'name',
  'names',
  'naam',
  'namen',
  'fullname',
  'volledigenaam',
  'firstname',
  'firstnames',
  'givenname',
  'givennames',
  'forename',
  'forenames',
  'voornaam',
  'voornamen',
  'roepnaam',
  'surname',
  'surnames',
  'lastname',
  'familyname',
  'achternaam',
  'geslachtsnaam',
  'surnameprefix',
  'tussenvoegsel',
  'voorvoegsel',
  'initials',
  'voorletters',
  'address',
  'adres',
  'street',
  'straat',
  'straatnaam',
  'housenumber',
  'huisnummer',
  'postcode',
  'postalcode',
  'zipcode',
  'zip',
  'woonplaats',
  'dateofbirth',
  'birthdate',
  'dob',
  'geboortedatum',
  'gebdatum',
  'geboortedag',
  'phone',
  'telephone',
  'telefoon',
  'telefoonnummer',
  'email',
  'emailaddress',
  'emailadres',
]);

const normalised = (column: string) => column.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The columns of a delivered header that hold direct identifiers (never a contract column of `recordType`). */
export function directIdentifierColumns(columns: readonly string[], recordType: RecordType): string[] {
  const contract = new Set(recordColumns[recordType]);
  return columns.filter((c) => !contract.has(c) && identifierNames.has(normalised(c)));
}

/**
 * Words that are never taken for a name: what partners write where a value is unknown, and every
 * code of the contract (a code in a token column is a shifted column, not a raw extract). Written
 * as `normalised` writes them.
 */
export const notNames: readonly string[] = [
  ...new Set([
    ...[
      'null',
      'none',
      'na',
      'nvt',
      'onbekend',
      'unknown',
      'leeg',
      'empty',
      'nil',
      'geen',
      'niet',
      'missing',
      'ja',
      'nee',
      'yes',
      'no',
      'true',
      'false',
      'test',
      'xx',
      'xxx',
    ],
    ...[
      sources,
      roles,
      sexes,
      settings,
      regions,
      relationships,
      offences,
      caseSteps,
      omDecisions,
      courtRulings,
      sentenceTypes,
    ].flatMap((list) => list.codes.map((code) => normalised(code))),
  ]),
];

/** A plain name, as a DuckDB (RE2) pattern: letters, then letters, spaces, hyphens, apostrophes and dots. */
export const namePattern = "\\p{L}[\\p{L}\\p{M}' .-]*";

const datePattern = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/;
const bsnPattern = /^[\d .-]{8,12}$/;

/**
 * The direct identifier a value in a token column is, when it is not a token: a date of birth, or a
 * BSN (9 digits, or 8 with the leading zero lost, passing the 11-test). Only values that fail the
 * token format are asked, so a real token is never taken for one. (Names are counted in SQL: one
 * word where a token belongs may be a slip, a column of them is a raw extract.)
 */
export function identifierInTokenValue(value: string): 'a BSN' | 'a date of birth' | null {
  const v = value.trim();
  if (datePattern.test(v)) return 'a date of birth';
  if (bsnPattern.test(v) && normaliseBsn(v) !== null) return 'a BSN';
  return null;
}

/** The one message for a file that still holds direct identifiers, whichever way they were found. */
export function directIdentifiersMessage(where: string): string {
  return `This file still holds direct identifiers (${where}); pseudonymise it first with \`zicht pseudonymise\` and deliver the file that writes. Nothing was stored.`;
}
