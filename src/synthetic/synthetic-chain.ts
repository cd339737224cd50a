import type { RecordType, RoleCode, SexCode, SourceCode } from '../contract/index.ts';
import type { ResolvedOptions } from './simulation-options.ts';

/** A row exactly as a partner's system would export it (malformed values included). */
export type RawRow = Record<string, string | number | boolean | null>;

/** One partner's delivery: registration and case_event rows carry the contract's columns; person rows carry direct identifiers instead of the link_* tokens. */
export type SourceExtract = { registration: RawRow[]; person: RawRow[]; case_event: RawRow[] };

/** Which true person a source's local person id stands for. */
export type PersonLink = { source: SourceCode; person_id: string; true_person_id: string; role: RoleCode };

/** Which true incident a source's registration stands for. */
export type RegistrationLink = { source: SourceCode; registration_id: string; true_incident_id: string };

export type TrueVictim = {
  true_person_id: string;
  sex: SexCode;
  date_of_birth: string;
  /** years of this child's incidents, ascending, with repeats for repeat victimisation in a year */
  incident_years: number[];
  /** registered by at least one source (in the extracts, after the cut at 31 Dec of yearTo) */
  registered: boolean;
  /** the sources that registered this child, in contract order */
  sources: SourceCode[];
  /** the true person id of this child's twin, when the twin is a victim of the same suspect too */
  twin_of: string | null;
  /** the true person id of this child's (non-twin) brother or sister abused by the same suspect */
  sibling_of: string | null;
};

/** Distinct child victims with an incident in the year, and how many of them any source registered for an incident of that year. */
export type VictimsInYear = { year: number; total: number; registeredByAnySource: number };

export type FaultKind =
  | 'name_typo'
  | 'dob_day_month_swapped'
  | 'dob_missing'
  | 'dob_year_off'
  | 'duplicate_row'
  | 'invalid_date'
  | 'unknown_code'
  | 'empty_id'
  | 'incident_after_registration';

/** Faults the contract rejects; the others are plausible values a linkage step must cope with. */
export const invalidFaultKinds: readonly FaultKind[] = [
  'invalid_date',
  'unknown_code',
  'empty_id',
  'incident_after_registration',
];

export type InjectedFault = {
  source: SourceCode;
  recordType: RecordType;
  /** index of the faulty row in the extract's array (and the data row number in a written file) */
  rowIndex: number;
  kind: FaultKind;
  /** the column that was changed; null for a duplicate row */
  column: string | null;
  /** the value before the fault (for a duplicate: null) */
  original: string | number | boolean | null;
  /** true when the contract (or the pseudonymiser, for date_of_birth) must reject the row */
  invalid: boolean;
};

/**
 * The hard cases of linkage a delivered person row carries, for breaking linkage quality down.
 * Person-level (every row of that true person): `twin`, `sibling` (a twin or brother/sister who is a
 * victim too), `asylum`, `double_surname`, `changed_surname`. Row-level (this row differs from the
 * official form): the others; the last four are injected faults (`truth.faults`).
 */
export const personPhenomena = [
  'twin',
  'sibling',
  'asylum',
  'no_bsn',
  'anonymous_contact',
  'call_name',
  'particle_variant',
  'double_surname',
  'changed_surname',
  'transliteration',
  'patronym_surname',
  'estimated_birth_date',
  'dob_missing',
  'dob_day_month_swapped',
  'dob_year_off',
  'name_typo',
] as const;
export type PersonPhenomenon = (typeof personPhenomena)[number];

/** The phenomena of one local person id (one entry per `PersonLink`, in the same order). */
export type PersonPhenomena = { source: SourceCode; person_id: string; phenomena: PersonPhenomenon[] };

export type GroundTruth = {
  /** the options this chain was simulated with, fault rates filled in */
  simulation: ResolvedOptions;
  personLinks: PersonLink[];
  /** per local person id, the hard cases of linkage it carries (empty for an easy one) */
  personPhenomena: PersonPhenomena[];
  registrationLinks: RegistrationLink[];
  victims: TrueVictim[];
  victimsPerYear: VictimsInYear[];
  faults: InjectedFault[];
  /** true incidents per year, registered or not */
  incidentsPerYear: { year: number; total: number }[];
};

export type SyntheticChain = { truth: GroundTruth; extracts: Record<SourceCode, SourceExtract> };
