import { beforeAll, describe, expect, it } from 'vitest';
import { caseEventSchema, personSchema, type RecordType, registrationSchema, sources } from '../contract/index.ts';
import { simulateChain } from './simulate-chain.ts';
import { defaultFaultRates } from './simulation-options.ts';
import type { RawRow, SyntheticChain } from './synthetic-chain.ts';

const personFields = personSchema.pick({
  source: true,
  person_id: true,
  role: true,
  sex: true,
  birth_year_month: true,
});
const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** What ingest and the pseudonymiser must reject: the contract's schema plus the cross-field date rule. */
function violatesContract(recordType: RecordType, row: RawRow): boolean {
  if (recordType === 'registration') {
    if (!registrationSchema.safeParse(row).success) return true;
    const from = row.incident_date_from;
    return typeof from === 'string' && from > String(row.registration_date);
  }
  if (recordType === 'case_event') return !caseEventSchema.safeParse(row).success;
  const dob = row.date_of_birth;
  return !personFields.safeParse(row).success || (dob !== null && !isRealDate(String(dob)));
}

describe('injected faults', () => {
  let chain: SyntheticChain;
  const rates = { ...defaultFaultRates, malformedRow: 0.01 };
  beforeAll(() => {
    chain = simulateChain({ seed: 3, yearFrom: 2018, yearTo: 2025, scale: 0.3, faults: rates });
  });

  it('lists every fault at the row that carries it', () => {
    expect(chain.truth.faults.length).toBeGreaterThan(500);
    for (const f of chain.truth.faults) {
      const rows = chain.extracts[f.source][f.recordType];
      const row = rows[f.rowIndex] as RawRow;
      expect(row).toBeDefined();
      if (f.kind === 'duplicate_row') {
        expect(row).toEqual(rows[f.rowIndex - 1]);
        continue;
      }
      const column = f.column as string;
      expect(row[column]).not.toEqual(f.original);
      if (f.kind === 'dob_missing') expect(row.date_of_birth).toBeNull();
      if (f.kind === 'dob_day_month_swapped') {
        const [y, m, d] = String(f.original).split('-');
        expect(row.date_of_birth).toBe(`${y}-${d}-${m}`);
        expect(isRealDate(String(row.date_of_birth))).toBe(true);
      }
      if (f.kind === 'name_typo')
        expect(Math.abs(String(row[column]).length - String(f.original).length)).toBeLessThanOrEqual(1);
    }
  });

  it('makes exactly the rows flagged invalid fail the contract; every other row passes', () => {
    const flagged = new Set(
      chain.truth.faults.filter((f) => f.invalid).map((f) => `${f.source}|${f.recordType}|${f.rowIndex}`),
    );
    const failing = new Set<string>();
    for (const source of sources.codes) {
      for (const recordType of ['registration', 'person', 'case_event'] as RecordType[]) {
        chain.extracts[source][recordType].forEach((row, k) => {
          if (violatesContract(recordType, row)) failing.add(`${source}|${recordType}|${k}`);
        });
      }
    }
    expect(flagged.size).toBeGreaterThan(100);
    expect([...failing].sort()).toEqual([...flagged].sort());
  });

  it('injects each kind at about its configured rate', () => {
    const count = (kind: string) => chain.truth.faults.filter((f) => f.kind === kind).length;
    const persons = sources.codes.reduce((n, s) => n + chain.extracts[s].person.length, 0);
    const rows = sources.codes.reduce(
      (n, s) =>
        n +
        chain.extracts[s].registration.length +
        chain.extracts[s].person.length +
        chain.extracts[s].case_event.length,
      0,
    );
    const near = (observed: number, expected: number) => {
      expect(observed).toBeGreaterThan(expected * 0.7);
      expect(observed).toBeLessThan(expected * 1.3);
    };
    near(count('name_typo'), persons * rates.nameTypo);
    near(count('dob_missing'), persons * rates.dobMissing * 0.85);
    near(count('duplicate_row'), rows * rates.duplicateRow);
    near(chain.truth.faults.filter((f) => f.invalid).length, rows * rates.malformedRow);
    for (const kind of [
      'dob_day_month_swapped',
      'invalid_date',
      'unknown_code',
      'empty_id',
      'incident_after_registration',
    ])
      expect(count(kind)).toBeGreaterThan(10);
  });
});
