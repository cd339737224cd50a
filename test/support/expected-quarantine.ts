import {
  offenceDefinitions,
  type RecordType,
  regimeOnDate,
  type SourceCode,
  sources,
} from '../../src/contract/index.ts';
import type { FaultKind, InjectedFault, RawRow, SyntheticChain } from '../../src/synthetic/index.ts';

/** `source/record_type/row_number` (the data row number in the delivered file, from 1): a quarantine row's address. */
export type RowKey = `${SourceCode}/${RecordType}/${number}`;
export const rowKey = (source: SourceCode, recordType: RecordType, rowNumber: number): RowKey =>
  `${source}/${recordType}/${rowNumber}`;

/** The rule of the data contract each injected fault breaks (the answer key, written by hand from docs/data-contract.md). */
const ruleOfFault: Readonly<
  Record<Exclude<FaultKind, 'name_typo' | 'dob_day_month_swapped' | 'dob_missing' | 'dob_year_off'>, string>
> = {
  invalid_date: 'date',
  unknown_code: 'code_list',
  empty_id: 'required',
  incident_after_registration: 'incident_after_registration',
  duplicate_row: 'duplicate',
};

/** A fault that makes the store refuse its row. A person's bad date of birth does not: the partner's pseudonymiser
 * derives no token from it and the delivered row carries no birth month, which the contract allows. */
const refusedBy = (f: InjectedFault): string | null =>
  f.kind === 'duplicate_row' || (f.invalid && !(f.recordType === 'person' && f.column === 'date_of_birth'))
    ? ruleOfFault[f.kind as keyof typeof ruleOfFault]
    : null;

/**
 * What ingest must quarantine, from the simulator's fault log alone: each refused faulty row with the rule it breaks,
 * then the rows that lose what they point to (a registration whose victim or suspect row was refused, an event whose
 * registration or person was refused: rule `reference`), and registrations whose victim, by a birth date with day and
 * month swapped, is born after the incident (`birth_after_incident`). Persons, registrations and events are delivered
 * in that order, each source once, as the pipeline does.
 */
export function expectedQuarantine(chain: SyntheticChain): Map<RowKey, Set<string>> {
  const expected = new Map<RowKey, Set<string>>();
  const add = (key: RowKey, rule: string) => expected.set(key, (expected.get(key) ?? new Set<string>()).add(rule));
  for (const f of chain.truth.faults) {
    const rule = refusedBy(f);
    if (rule !== null) add(rowKey(f.source, f.recordType, f.rowIndex + 1), rule);
    // an unreadable incident start leaves its end to judge the offence code's regime by: a period
    // that runs past 1 July 2024 with an old-law code then breaks that rule too
    if (f.recordType === 'registration' && f.kind === 'invalid_date' && f.column === 'incident_date_from') {
      const row = chain.extracts[f.source].registration[f.rowIndex];
      const to = row?.incident_date_to;
      const definition = (offenceDefinitions as Record<string, { regime: string }>)[String(row?.offence_code)];
      if (typeof to === 'string' && definition && definition.regime !== regimeOnDate(to))
        add(rowKey(f.source, f.recordType, f.rowIndex + 1), 'offence_regime');
    }
  }
  /** The rows a type stores: every row not refused, the first of each id (a duplicate is refused above). */
  const stored = (source: SourceCode, recordType: RecordType, id: string) => {
    const rows = new Map<string, RawRow>();
    chain.extracts[source][recordType].forEach((row, i) => {
      if (!expected.has(rowKey(source, recordType, i + 1)) && !rows.has(String(row[id])))
        rows.set(String(row[id]), row);
    });
    return rows;
  };
  for (const source of sources.codes) {
    const persons = stored(source, 'person', 'person_id');
    chain.extracts[source].registration.forEach((r, i) => {
      const key = rowKey(source, 'registration', i + 1);
      if (expected.has(key)) return;
      const victim = r.victim_person_id === null ? undefined : persons.get(String(r.victim_person_id));
      if (r.victim_person_id !== null && victim === undefined) add(key, 'reference');
      if (r.suspect_person_id !== null && !persons.has(String(r.suspect_person_id))) add(key, 'reference');
      const born = victim?.birth_year_month;
      if (
        typeof born === 'string' &&
        typeof r.incident_date_from === 'string' &&
        born > r.incident_date_from.slice(0, 7)
      )
        add(key, 'birth_after_incident');
    });
    const registrations = stored(source, 'registration', 'registration_id');
    chain.extracts[source].case_event.forEach((e, i) => {
      const key = rowKey(source, 'case_event', i + 1);
      if (expected.has(key)) return;
      if (!registrations.has(String(e.registration_id))) add(key, 'reference');
      if (e.person_id !== null && !persons.has(String(e.person_id))) add(key, 'reference');
    });
  }
  return expected;
}
