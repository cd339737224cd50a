import { describe, expect, it } from 'vitest';
import { changeCommitmentStatus, commitmentWarnings, effectiveStatus, recordCommitment } from './commitment-changes.ts';
import { demoPosts } from './demo-posts.ts';
import { editCommitment } from './edit-commitment.ts';
import type { Commitment } from '../followup-model.ts';
import { postponeCommitment } from './postpone-commitment.ts';

const at = (iso: string) => ({ actor: { name: 'Beleidsmedewerker Test', userId: 'u-1' }, at: iso });
const record = (when: string, extra: Partial<Parameters<typeof recordCommitment>[0]> = {}) =>
  recordCommitment(
    {
      id: 'T1',
      editionId: '2020-2024',
      what: 'De Kamer informeren over de NIFP-cijfers',
      who: 'Minister van Justitie en Veiligheid',
      ministry: 'Justitie en Veiligheid',
      when,
      madeOn: '2026-03-19',
      ...extra,
    },
    at('2026-03-19T15:00:00Z'),
    () => 'unused',
    demoPosts,
  );

describe('recording a commitment', () => {
  it('takes the post’s title and ministry when only the post is given, and keeps the Kamer’s numbers', () => {
    const { value } = recordCommitment(
      {
        editionId: '2020-2024',
        what: 'De Kamer informeren',
        postId: 'ocw-minister-pvo',
        when: 'voor het zomerreces',
        madeOn: '2024-03-06',
        kamerNummer: 'TZ202403-017',
        activiteitNummer: '2024A01234',
      },
      at('2024-03-06T12:00:00Z'),
      () => 'T9',
      demoPosts,
    );
    expect(value).toMatchObject({
      id: 'T9',
      postId: 'ocw-minister-pvo',
      who: 'Minister voor Primair en Voortgezet Onderwijs',
      ministry: 'Onderwijs, Cultuur en Wetenschap',
      promised: { phrase: 'voor het zomerreces', due: '2024-07-04', derived: true },
      kamerNummer: 'TZ202403-017',
      activiteitNummer: '2024A01234',
    });
  });

  it('records words it cannot read without a date, with a warning, and reports every missing field together', () => {
    const c = record('als het WODC-onderzoek klaar is');
    expect(c.value.promised).toMatchObject({ due: null, undated: 'not-understood' });
    expect(c.warnings).toEqual([expect.stringMatching(/^No date derived/)]);
    expect(commitmentWarnings(c.value)).toEqual(c.warnings);
    expect(() =>
      recordCommitment(
        { editionId: 'e', what: 'x', when: 'na de zomer', madeOn: '2026-01-01', postId: 'nope' },
        at('2026-01-01T00:00:00Z'),
        () => 'x',
        demoPosts,
      ),
    ).toThrow(/postId: no post "nope".*who: .*ministry: /);
  });

  it('takes the officer’s own date for the words as given, not derived', () => {
    expect(record('voor de begrotingsbehandeling', { due: '2026-11-12' }).value.promised).toEqual({
      phrase: 'voor de begrotingsbehandeling',
      due: '2026-11-12',
      derived: false,
    });
  });
});

describe('the lifecycle of a commitment', () => {
  const open = record('voor de zomer').value;

  it('is met with evidence on the letter’s date, and late when after its date', () => {
    const met = changeCommitmentStatus(
      open,
      { status: 'met', evidence: 'Kamerstukken II 2025/26, 31 015, nr. 300', on: '2026-07-10' },
      at('2026-07-11T09:00:00Z'),
    );
    expect(met.value).toMatchObject({
      status: 'met',
      statusOn: '2026-07-10',
      evidence: expect.stringContaining('nr. 300'),
    });
    expect(met.history).toMatchObject({ action: 'status met', actor: 'Beleidsmedewerker Test (u-1)' });
    expect(() =>
      changeCommitmentStatus(met.value, { status: 'met', evidence: 'x' }, at('2026-07-12T00:00:00Z')),
    ).toThrow('is met already');
  });

  it('is not met (Niet nagekomen) with a reason, withdrawn with a reason, and reopened with a reason', () => {
    expect(() => changeCommitmentStatus(open, { status: 'not-met' }, at('2026-08-01T00:00:00Z'))).toThrow('say why');
    const notMet = changeCommitmentStatus(
      open,
      { status: 'not-met', reason: 'Het onderzoek is gestopt' },
      at('2026-08-01T00:00:00Z'),
    ).value;
    expect(notMet).toMatchObject({
      status: 'not-met',
      statusReason: 'Het onderzoek is gestopt',
      statusOn: '2026-08-01',
    });
    expect(effectiveStatus(notMet, '2027-01-01')).toBe('not-met');

    expect(() => changeCommitmentStatus(notMet, { status: 'open' }, at('2026-09-01T00:00:00Z'))).toThrow(
      'To reopen commitment T1 (now not-met), say why',
    );
    const reopened = changeCommitmentStatus(
      notMet,
      { status: 'open', reason: 'De Kamer nam motie 36 222-12 aan' },
      at('2026-09-01T00:00:00Z'),
    );
    expect(reopened.history.action).toBe('reopened');
    expect(reopened.value).toMatchObject({ status: 'open', statusReason: 'De Kamer nam motie 36 222-12 aan' });
    expect(() =>
      changeCommitmentStatus(reopened.value, { status: 'open', reason: 'x' }, at('2026-09-02T00:00:00Z')),
    ).toThrow('is open already');
    // an older client sends a withdrawal's reason as evidence
    const withdrawn = changeCommitmentStatus(
      open,
      { status: 'withdrawn', evidence: 'Ingehaald door de Wet seksuele misdrijven' },
      at('2026-04-01T00:00:00Z'),
    ).value;
    expect(withdrawn).toMatchObject({ status: 'withdrawn', statusReason: 'Ingehaald door de Wet seksuele misdrijven' });
    expect(() => changeCommitmentStatus(open, { status: 'overdue' }, at('2026-04-01T00:00:00Z'))).toThrow('by itself');
  });

  it('rolls a recurring commitment forward from the date that was due, and keeps each occurrence', () => {
    const yearly = record('halfjaarlijks').value;
    expect(yearly.promised.due).toBe('2026-09-19');
    // passed without being met: overdue for that occurrence, and stays so
    expect(effectiveStatus(yearly, '2026-12-01')).toBe('overdue');
    const first = changeCommitmentStatus(
      yearly,
      { status: 'met', evidence: 'Voortgangsbrief december 2026', on: '2026-12-01' },
      at('2026-12-02T00:00:00Z'),
    );
    expect(first.history.action).toBe('occurrence met');
    expect(first.value).toMatchObject({
      status: 'open',
      promised: { due: '2027-03-19', everyMonths: 6 },
      occurrences: [{ due: '2026-09-19', metOn: '2026-12-01', evidence: 'Voortgangsbrief december 2026' }],
    });
    expect(effectiveStatus(first.value, '2027-03-01')).toBe('open');
  });

  it('is postponed with a reason and the letter that announced it; the date moves, the old one is kept', () => {
    const postponed = postponeCommitment(
      open,
      {
        when: 'na het zomerreces',
        reason: 'De cijfers van het NIFP komen later',
        announcedIn: 'Kamerstukken II 2025/26, 31 015, nr. 310',
        on: '2026-06-20',
      },
      at('2026-06-21T09:00:00Z'),
    );
    expect(postponed.value.promised).toEqual({ phrase: 'na het zomerreces', due: '2026-09-30', derived: true });
    expect(postponed.value.postponements).toEqual([
      {
        from: '2026-07-02',
        to: '2026-09-30',
        phrase: 'na het zomerreces',
        reason: 'De cijfers van het NIFP komen later',
        announcedIn: 'Kamerstukken II 2025/26, 31 015, nr. 310',
        on: '2026-06-20',
        at: '2026-06-21T09:00:00Z',
      },
    ]);
    expect(postponed.history).toMatchObject({ action: 'postponed', detail: { from: '2026-07-02', to: '2026-09-30' } });
    expect(() => postponeCommitment(open, { when: 'medio 2026', reason: 'x' }, at('2026-04-01T00:00:00Z'))).toThrow(
      /not after the present date 2026-07-02/,
    );
    const met = changeCommitmentStatus(open, { status: 'met', evidence: 'brief' }, at('2026-05-01T00:00:00Z')).value;
    expect(() => postponeCommitment(met, { when: 'eind 2026', reason: 'x' }, at('2026-05-02T00:00:00Z'))).toThrow(
      'reopen it first',
    );
  });
});

describe('editing a commitment', () => {
  const open: Commitment = record('voor de zomer').value;

  it('changes what, post and term with a history of before and after; the post fills who and ministry', () => {
    const edited = editCommitment(
      open,
      {
        what: 'De Kamer informeren over de NIFP-cijfers 2025',
        postId: 'jenv-minister-rechtsbescherming',
        when: 'medio 2026',
      },
      at('2026-03-20T10:00:00Z'),
      demoPosts,
    );
    expect(edited.value).toMatchObject({
      what: 'De Kamer informeren over de NIFP-cijfers 2025',
      postId: 'jenv-minister-rechtsbescherming',
      // the holder on 19 March 2026 is a state secretary: the title then
      who: 'Staatssecretaris van Justitie en Veiligheid',
      promised: { phrase: 'medio 2026', due: '2026-06-30', derived: true },
      changedAt: '2026-03-20T10:00:00Z',
    });
    expect(edited.history?.detail).toMatchObject({
      changes: {
        what: {
          before: 'De Kamer informeren over de NIFP-cijfers',
          after: 'De Kamer informeren over de NIFP-cijfers 2025',
        },
        promised: { before: { due: '2026-07-02' }, after: { due: '2026-06-30' } },
        postId: { before: null, after: 'jenv-minister-rechtsbescherming' },
      },
    });
  });

  it('clears an optional field with null, and changes nothing (no history) when nothing differs', () => {
    const numbered = editCommitment(open, { kamerNummer: 'TZ202603-130' }, at('2026-03-20T10:00:00Z')).value;
    expect(numbered.kamerNummer).toBe('TZ202603-130');
    expect(editCommitment(numbered, { kamerNummer: null }, at('2026-03-21T10:00:00Z')).value).not.toHaveProperty(
      'kamerNummer',
    );
    const same = editCommitment(open, { what: open.what, when: 'voor de zomer' }, at('2026-03-22T10:00:00Z'));
    expect(same.history).toBeNull();
    expect(same.value).toBe(open);
  });
});
