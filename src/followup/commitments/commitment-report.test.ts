import { describe, expect, it } from 'vitest';
import { readDocxText } from '../../../test/support/read-docx-text.ts';
import { changeCommitmentStatus, recordCommitment } from './commitment-changes.ts';
import { commitmentDigest, renderDigestText } from './commitment-digest.ts';
import { commitmentReport, ministryReport } from './commitment-report.ts';
import { demoPosts } from './demo-posts.ts';
import type { Commitment } from '../followup-model.ts';
import { documentText } from '../documents/official-document.ts';
import { postponeCommitment } from './postpone-commitment.ts';
import { renderDocx } from '../documents/render-docx.ts';

const ctx = (day: string) => ({ actor: { name: 'Secretariaat' }, at: `${day}T12:00:00Z` });
const make = (id: string, when: string, madeOn: string, ministry = 'Justitie en Veiligheid') =>
  recordCommitment(
    {
      id,
      editionId: '2018-2022',
      what: `De Kamer informeren over onderwerp ${id}`,
      who:
        ministry === 'Justitie en Veiligheid'
          ? 'Minister van Justitie en Veiligheid'
          : 'Staatssecretaris van Volksgezondheid, Welzijn en Sport',
      ministry,
      when,
      madeOn,
    },
    ctx(madeOn),
    () => id,
  ).value;
const met = (c: Commitment, on: string, evidence = `Kamerbrief van ${on}`) =>
  changeCommitmentStatus(c, { status: 'met', evidence, on }, ctx(on)).value;

/** One ministry's first half of 2026, with every kind of event once or twice. */
const commitments: Commitment[] = [
  make('A', 'na de zomer', '2024-06-28'), // still open: overdue since 30 September 2024
  make('B', 'voor het zomerreces', '2026-02-10'), // new, due 2 July 2026: not yet overdue
  met(make('C', 'in het voorjaar', '2026-01-15'), '2026-06-10'), // new, met 10 days late
  met(
    postponeCommitment(
      make('D', 'eind 2025', '2025-10-01'),
      {
        when: 'medio 2026',
        reason: 'Wachten op het WODC',
        announcedIn: 'Kamerstukken II 2025/26, 31 015, nr. 305',
        on: '2026-01-20',
      },
      ctx('2026-01-20'),
    ).value,
    '2026-06-25',
  ), // postponed, then met in time
  make('E', 'zo spoedig mogelijk', '2026-03-01'), // new, open without a date
  met(make('F', 'halfjaarlijks', '2025-06-01'), '2026-01-10'), // an occurrence met late; the next (1 June) overdue
  changeCommitmentStatus(
    make('G', 'in 2025', '2025-05-01'),
    { status: 'withdrawn', reason: 'Opgegaan in het actieplan', on: '2026-03-01' },
    ctx('2026-03-01'),
  ).value,
  changeCommitmentStatus(
    make('H', 'voor het kerstreces', '2025-05-01'),
    { status: 'not-met', reason: 'Het onderzoek is gestopt', on: '2026-04-01' },
    ctx('2026-04-01'),
  ).value,
  make('I', 'voor het zomerreces', '2026-02-10', 'Volksgezondheid, Welzijn en Sport'),
];
const options = { ministry: 'JenV', from: '2026-01-01', to: '2026-06-30', today: '2026-07-03' };

describe('the half-yearly report per ministry', () => {
  it('counts what was new, met (and late), overdue, postponed, withdrawn, not met and undated, as of the period’s end', () => {
    const report = ministryReport(commitments, options);
    expect(report).toMatchObject({ ministry: 'Justitie en Veiligheid', asOf: '2026-06-30' });
    expect(report.counts).toEqual({
      new: 3,
      met: 3,
      metLate: 2,
      partlyMet: 0,
      overdue: 2,
      postponed: 1,
      withdrawn: 1,
      notMet: 1,
      openWithoutDate: 1,
      open: 4,
    });
    expect(report.lists.new.map((c) => c.id)).toEqual(['C', 'B', 'E']);
    expect(report.lists.met.map((m) => [m.commitment.id, m.due, m.metOn, m.late])).toEqual([
      ['F', '2025-12-01', '2026-01-10', true],
      ['C', '2026-05-31', '2026-06-10', true],
      ['D', '2026-06-30', '2026-06-25', false],
    ]);
    expect(report.lists.overdue.map((c) => c.id)).toEqual(['A', 'F']);
  });

  it('takes the state as of the period’s end: what was met later still counts as overdue then', () => {
    const earlier = ministryReport(commitments, { ...options, from: '2025-07-01', to: '2025-12-31' });
    // F's occurrence of 1 December was met on 10 January; D was due on the last day, not after it
    expect(earlier.lists.overdue.map((c) => c.id)).toEqual(['A', 'F', 'H']);
    expect(earlier.counts).toMatchObject({ new: 1, met: 0, postponed: 0 });
  });

  it('is a document with the period, the counts and the lists, naming the toenmalige minister and who answers now', () => {
    const text = documentText(commitmentReport(commitments, demoPosts, options));
    expect(text).toContain(
      'Halfjaarlijkse rapportage toezeggingen Justitie en Veiligheid, 1 januari 2026 t/m 30 juni 2026',
    );
    expect(text).toContain(
      'De Kamer informeren over onderwerp A [A] — toegezegd op 28 juni 2024 door de toenmalige minister van Justitie en Veiligheid (H. Voorbeeld); nu: de minister van Justitie en Veiligheid (I. van Denkbeeldig); termijn “na de zomer” (afgeleid: 30 september 2024); 638 dagen over de termijn.',
    );
    expect(text).toContain('nagekomen op 10 juni 2026, 10 dagen na de termijn (Kamerbrief van 2026-06-10)');
    expect(text).toContain(
      'op 20 januari 2026 uitgesteld van 31 december 2025 naar 30 juni 2026: Wachten op het WODC (gemeld in Kamerstukken II 2025/26, 31 015, nr. 305)',
    );
    expect(text).toContain('termijn “zo spoedig mogelijk” (geen datum)');
    expect(text).toContain('reden: Het onderzoek is gestopt');
    expect(text).not.toContain('onderwerp I');
  });

  it('renders as Word', async () => {
    const text = readDocxText(await renderDocx(commitmentReport(commitments, demoPosts, options)));
    expect(text).toContain('Nagekomen');
    expect(text).toContain('H. Voorbeeld');
  });

  it('refuses a ministry without commitments, naming those there are', () => {
    expect(() => ministryReport(commitments, { ...options, ministry: 'OCW' })).toThrow(
      'ministries with commitments: Justitie en Veiligheid, Volksgezondheid, Welzijn en Sport',
    );
  });
});

describe('the digest with its period and counts', () => {
  it('states the period and the same counts as the report', () => {
    const digest = commitmentDigest(commitments, '2026-07-03', 3, { from: '2026-01-01', to: '2026-06-30' });
    expect(digest.period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    const jenv = digest.countsByMinistry.find((m) => m.ministry === 'Justitie en Veiligheid');
    expect(jenv?.counts).toEqual(ministryReport(commitments, options).counts);
    expect(renderDigestText(digest, 'Justitie en Veiligheid')).toContain(
      'Period 2026-01-01 to 2026-06-30: 3 new, 3 met (2 late), 0 partly met, 2 overdue, 1 postponed, 1 withdrawn, 1 not met, 1 open without a date.',
    );
    expect(commitmentDigest(commitments, '2026-03-25').period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });
});
