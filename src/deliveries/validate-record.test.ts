import { describe, expect, it } from 'vitest';
import { validateRecord } from './validate-record.ts';

const context = { source: 'police', today: '2026-01-15' };
const good = {
  source: 'police',
  registration_id: 'P-1',
  registration_date: '2023-05-02',
  incident_date_from: '2023-04-30',
  incident_date_to: '',
  offence_code: 'SR246',
  setting: 'home_victim',
  online: 'false',
  region: 'PV26',
  victim_person_id: 'V1',
  suspect_person_id: '',
  relationship: 'other_family',
};

describe('validateRecord', () => {
  it('accepts a valid registration and turns blanks into null and flags into booleans', () => {
    const result = validateRecord('registration', 1, good, context);
    expect(result).toEqual({
      ok: true,
      record: { ...good, incident_date_to: null, suspect_person_id: null, online: false },
    });
  });

  it('reports every problem of a row with rule, column and an NL/EN message', () => {
    const result = validateRecord('registration', 7, { ...good, registration_id: ' ', registration_date: '2021-13-45', setting: 'garden' }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.rule, p.column])).toEqual([
      ['required', 'registration_id'],
      ['date', 'registration_date'],
      ['code_list', 'setting'],
    ]);
    expect(result.problems[2]?.messageEn).toBe(
      'Field "setting" has the code "garden", which is not in the code list (see docs/data-contract.md).',
    );
    expect(result.problems[2]?.rowNumber).toBe(7);
  });

  it('rejects an incident after its registration, a future date and an offence code of the wrong law', () => {
    const late = validateRecord('registration', 1, { ...good, incident_date_from: '2023-06-01' }, context);
    expect(late.ok ? [] : late.problems.map((p) => p.rule)).toEqual(['incident_after_registration']);
    const future = validateRecord('registration', 1, { ...good, registration_date: '2026-02-01' }, context);
    expect(future.ok ? [] : future.problems.map((p) => p.rule)).toEqual(['future_date']);
    const regime = validateRecord('registration', 1, { ...good, offence_code: 'WSM-OPZETAANRANDING' }, context);
    expect(regime.ok ? [] : regime.problems.map((p) => p.rule)).toEqual(['offence_regime']);
  });

  it('refuses a row that claims to come from another source', () => {
    const result = validateRecord('registration', 1, { ...good, source: 'om' }, context);
    expect(result.ok ? [] : result.problems.map((p) => [p.rule, p.column])).toEqual([['code_list', 'source']]);
  });
});
