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
    const result = validateRecord(
      'registration',
      7,
      { ...good, registration_id: ' ', registration_date: '2021-13-45', setting: 'garden' },
      context,
    );
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

  it('reports a count outside its plausible range and a control character, as the SQL checks do', () => {
    const event = {
      source: 'police',
      event_id: 'E1',
      registration_id: 'R1',
      person_id: 'P\u00001',
      step: 'sentence',
      event_date: '2023-05-02',
      sentence_type: 'prison',
    };
    for (const days of ['1e300', '-1', '36526']) {
      const result = validateRecord('case_event', 3, { ...event, sentence_days: days }, context);
      expect(result.ok ? [] : result.problems.map((p) => [p.rule, p.column])).toEqual([
        ['control_character', 'person_id'],
        ['range', 'sentence_days'],
      ]);
    }
    const ok = validateRecord('case_event', 3, { ...event, person_id: 'P1', sentence_days: '36525' }, context);
    expect(ok.ok).toBe(true);
    const high = validateRecord('case_event', 3, { ...event, person_id: 'P1', sentence_days: '1e300' }, context);
    expect(high.ok ? null : high.problems[0]?.messageNl).toBe(
      'Veld "sentence_days" heeft de waarde "1e300", buiten het plausibele bereik 0 tot 36.525 dagen; controleer de waarde en de eenheid.',
    );
  });
});
