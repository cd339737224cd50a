import { type RecordType, recordTypes, type SourceCode, sources } from '../contract/index.ts';
import type { Rng } from '../random/index.ts';
import { makeTypo } from './make-typo.ts';
import type { FaultRates } from './simulation-options.ts';
import {
  type FaultKind,
  type InjectedFault,
  invalidFaultKinds,
  type RawRow,
  type SourceExtract,
} from './synthetic-chain.ts';

type Change = { kind: FaultKind; column: string; original: RawRow[string] };

const badDateText = (rng: Rng, year: string) =>
  rng.pick([`${year}-13-45`, `31-02-${year}`, `${year}-02-30`, `${year}/06/15`]);
const yearOf = (value: unknown) => (typeof value === 'string' && /^\d{4}/.test(value) ? value.slice(0, 4) : '2021');

function malform(rng: Rng, recordType: RecordType, row: RawRow): Change {
  const set = (kind: FaultKind, column: string, value: RawRow[string]): Change => {
    const original = row[column] ?? null;
    row[column] = value;
    return { kind, column, original };
  };
  const kind = rng.pick<FaultKind>(['invalid_date', 'unknown_code', 'empty_id', 'incident_after_registration']);
  if (recordType === 'registration') {
    if (kind === 'invalid_date') {
      const column = rng.bernoulli(0.5) || row.incident_date_from === null ? 'registration_date' : 'incident_date_from';
      return set(kind, column, badDateText(rng, yearOf(row[column])));
    }
    if (kind === 'unknown_code')
      return rng.bernoulli(0.6)
        ? set(kind, 'offence_code', rng.pick(['SR999', 'ZEDEN-OVERIG', '248']))
        : set(kind, 'setting', rng.pick(['garden', 'auto', 'thuis']));
    if (kind === 'empty_id') return set(kind, 'registration_id', '');
    const registered = new Date(`${row.registration_date}T00:00:00Z`).getTime();
    const later = new Date(registered + (1 + rng.int(60)) * 86_400_000).toISOString().slice(0, 10);
    row.incident_date_to = null;
    return set(kind, 'incident_date_from', later);
  }
  if (recordType === 'case_event') {
    if (kind === 'unknown_code') return set(kind, 'step', rng.pick(['hoger_beroep', 'appeal', 'sepot']));
    if (kind === 'empty_id') return set(kind, rng.bernoulli(0.5) ? 'event_id' : 'registration_id', '');
    return set('invalid_date', 'event_date', badDateText(rng, yearOf(row.event_date)));
  }
  if (kind === 'unknown_code') return set(kind, 'sex', rng.pick(['V', 'man', '9']));
  if (kind === 'empty_id') return set(kind, 'person_id', '');
  const change = set('invalid_date', 'date_of_birth', badDateText(rng, yearOf(row.date_of_birth ?? '2008')));
  row.birth_year_month = null;
  return change;
}

function plausibleFault(rng: Rng, rates: FaultRates, row: RawRow): Change | null {
  const u = rng.next();
  const dob = row.date_of_birth;
  if (u < rates.nameTypo) {
    const column = rng.bernoulli(0.5) ? 'surname' : 'first_names';
    const original = row[column];
    if (typeof original !== 'string' || original.length === 0) return null;
    row[column] = makeTypo(rng, original);
    return { kind: 'name_typo', column, original };
  }
  if (u < rates.nameTypo + rates.dobSwap) {
    if (typeof dob !== 'string') return null;
    const [y, m, d] = dob.split('-');
    if (Number(d) > 12 || m === d) return null;
    const swapped = `${y}-${d}-${m}`;
    row.date_of_birth = swapped;
    row.birth_year_month = swapped.slice(0, 7);
    return { kind: 'dob_day_month_swapped', column: 'date_of_birth', original: dob };
  }
  if (u < rates.nameTypo + rates.dobSwap + rates.dobMissing) {
    if (typeof dob !== 'string') return null;
    row.date_of_birth = null;
    row.birth_year_month = null;
    return { kind: 'dob_missing', column: 'date_of_birth', original: dob };
  }
  if (u < rates.nameTypo + rates.dobSwap + rates.dobMissing + rates.dobYearOff) {
    // 29 February has no twin a year off; such a draw leaves the row as it is
    if (typeof dob !== 'string' || dob.endsWith('-02-29')) return null;
    const year = Number(dob.slice(0, 4)) + (rng.bernoulli(0.5) ? 1 : -1);
    const shifted = `${year}${dob.slice(4)}`;
    row.date_of_birth = shifted;
    row.birth_year_month = shifted.slice(0, 7);
    return { kind: 'dob_year_off', column: 'date_of_birth', original: dob };
  }
  return null;
}

/**
 * Puts realistic faults into the clean extracts (in place of the affected rows) and lists each one
 * with the index of the faulty row in its extract, so tests can check that ingest finds exactly these.
 */
export function injectFaults(
  rng: Rng,
  rates: FaultRates,
  clean: Record<SourceCode, SourceExtract>,
): { extracts: Record<SourceCode, SourceExtract>; faults: InjectedFault[] } {
  const faults: InjectedFault[] = [];
  const extracts = {} as Record<SourceCode, SourceExtract>;
  const recordTypeNames = Object.keys(recordTypes) as RecordType[];
  for (const source of sources.codes) {
    const extract = { registration: [], person: [], case_event: [] } as SourceExtract;
    for (const recordType of recordTypeNames) {
      const out = extract[recordType];
      // the clean rows are this simulation's own, so a fault changes its row in place
      for (const row of clean[source][recordType]) {
        let change: Change | null = null;
        if (rng.bernoulli(rates.malformedRow)) change = malform(rng, recordType, row);
        else if (recordType === 'person') change = plausibleFault(rng, rates, row);
        out.push(row);
        if (change) {
          const invalid = invalidFaultKinds.includes(change.kind);
          faults.push({
            source,
            recordType,
            rowIndex: out.length - 1,
            kind: change.kind,
            column: change.column,
            original: change.original,
            invalid,
          });
        } else if (rng.bernoulli(rates.duplicateRow)) {
          out.push({ ...row });
          faults.push({
            source,
            recordType,
            rowIndex: out.length - 1,
            kind: 'duplicate_row',
            column: null,
            original: null,
            invalid: false,
          });
        }
      }
    }
    extracts[source] = extract;
  }
  return { extracts, faults };
}
