import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../csv/index.ts';
import { buildDemoData } from '../build-demo-data.ts';
import { changeCommitmentStatus } from './commitment-changes.ts';
import { commitmentsFromCsv, commitmentsToCsv } from './commitments-csv.ts';
import { demoPosts } from './demo-posts.ts';
import type { Commitment, CommitmentStatus } from '../followup-model.ts';
import { postponeCommitment } from './postpone-commitment.ts';
import { fromToezeggingen, toToezegging, toToezeggingen, toezeggingGuid } from './toezegging.ts';

const demo = buildDemoData().commitments;
const ctx = (day: string) => ({ actor: { name: 'Secretariaat' }, at: `${day}T12:00:00Z` });
const byId = (id: string) => demo.find((c) => c.id === id) as Commitment;

/** Demo commitments that lived: postponed, met in turns, not met, reopened, with the Kamer's numbers and a post. */
const lived: Commitment[] = [
  postponeCommitment(
    {
      ...byId('2018-2022-T3'),
      kamerNummer: 'TZ202406-081',
      activiteitNummer: '2024A04321',
      postId: 'ocw-minister-pvo',
    },
    {
      when: 'voor het kerstreces',
      reason: 'Het onderzoek liep uit',
      announcedIn: 'Kamerbrief 20 september 2024',
      on: '2024-09-20',
    },
    ctx('2024-09-21'),
  ).value,
  changeCommitmentStatus(
    byId('2018-2022-T2'),
    { status: 'met', evidence: 'Voortgangsbrief december 2024', on: '2024-12-18' },
    ctx('2024-12-19'),
  ).value,
  changeCommitmentStatus(
    byId('2018-2022-T5'),
    { status: 'not-met', reason: 'Actielijn opgeheven', on: '2025-02-01' },
    ctx('2025-02-01'),
  ).value,
  changeCommitmentStatus(
    changeCommitmentStatus(
      byId('2018-2022-T6'),
      { status: 'withdrawn', reason: 'Vervangen', on: '2025-01-10' },
      ctx('2025-01-10'),
    ).value,
    { status: 'open', reason: 'Motie aangenomen', on: '2025-03-01' },
    ctx('2025-03-01'),
  ).value,
  changeCommitmentStatus(
    byId('2018-2022-T7'),
    { status: 'partly-met', evidence: 'Kamerbrief 2 december 2024' },
    ctx('2024-12-02'),
  ).value,
  {
    ...byId('2018-2022-T8'),
    promised: { phrase: 'zo spoedig mogelijk', due: null, derived: false, undated: 'no-term' },
  },
];

describe('commitment exchange', () => {
  it('CSV round-trips every demo commitment, and every lived one, exactly', () => {
    expect(commitmentsFromCsv(commitmentsToCsv(demo))).toEqual(demo);
    expect(commitmentsFromCsv(commitmentsToCsv(lived))).toEqual(lived);
  });

  it('CSV imports a file written before the later columns existed', () => {
    const old = formatCsv(parseCsv(commitmentsToCsv(demo)).map((row) => row.slice(0, 15)));
    expect(old.split('\n')[0]).toMatch(/,made_on,changed_at\r?$/);
    const read = commitmentsFromCsv(old);
    expect(read.map((c) => [c.id, c.status, c.promised.due])).toEqual(
      demo.map((c) => [c.id, c.status, c.promised.due]),
    );
  });

  it('CSV round-trips arbitrary texts with quotes, commas and newlines (property)', () => {
    const base = demo[2] as Commitment;
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !s.includes('\r')),
        (what) => {
          const c = { ...base, what };
          expect(commitmentsFromCsv(commitmentsToCsv([c]))).toEqual([c]);
        },
      ),
    );
  });

  it('CSV import reports every bad row and column together', () => {
    const csv = commitmentsToCsv(demo.slice(0, 2)).replace(',met,', ',done,').replace('2024-12-19', '19-12-2024');
    expect(() => commitmentsFromCsv(csv)).toThrow(
      /2 problem\(s\): row 2, status: .*; row 3, promised\.due: use a date as YYYY-MM-DD/,
    );
  });

  it('Toezegging export uses the Kamer’s field names and values', () => {
    const t = toToezegging(demo[0] as Commitment);
    expect(Object.keys(t).filter((k) => !k.startsWith('Zicht_'))).toEqual([
      'Id',
      'Nummer',
      'Aanmaakdatum',
      'ActiviteitNummer',
      'Naam',
      'Initialen',
      'Voornaam',
      'Tussenvoegsel',
      'Achternaam',
      'Achtervoegsel',
      'Titulatuur',
      'Functie',
      'Ministerie',
      'Tekst',
      'Status',
      'DatumNakoming',
      'KamerbriefNakoming',
      'GewijzigdOp',
      'ApiGewijzigdOp',
      'Verwijderd',
    ]);
    expect(t).toMatchObject({
      Status: 'Voldaan',
      Functie: 'Minister van Justitie en Veiligheid',
      Aanmaakdatum: '2024-03-06T00:00:00',
      DatumNakoming: `${demo[0]?.promised.due}T00:00:00`,
      Verwijderd: false,
    });
    expect(t.KamerbriefNakoming).toContain('31 015, nr. 275');
    expect(t.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toezeggingGuid('x')).toBe(toezeggingGuid('x'));
  });

  it('fills every register field where the data exists: the holder on the day it was made, the title then, the Tekst', () => {
    const [t3] = toToezeggingen(lived.slice(0, 1), demoPosts, '2026-03-25');
    expect(t3).toMatchObject({
      Nummer: 'TZ202406-081',
      ActiviteitNummer: '2024A04321',
      Naam: 'Dirk Proefmans',
      Initialen: 'D.',
      Voornaam: 'Dirk',
      Tussenvoegsel: null,
      Achternaam: 'Proefmans',
      Functie: 'Minister voor Primair en Voortgezet Onderwijs',
      Ministerie: 'Onderwijs, Cultuur en Wetenschap',
      Tekst:
        'De minister zegt toe de Kamer te informeren over de uitkomsten van het onderzoek naar een kwaliteitskader voor leermiddelen en eventuele vervolgstappen.',
      Status: 'Openstaand',
      DatumNakoming: '2024-12-19T00:00:00',
      Zicht_NuVerantwoordelijk: 'Staatssecretaris van Onderwijs, Cultuur en Wetenschap, Marije Modelmaker',
    });
    const vws = toToezeggingen([byId('2018-2022-T7')], demoPosts, '2026-03-25')[0];
    expect(vws).toMatchObject({
      Naam: 'Lotte van der Testhuizen',
      Tussenvoegsel: 'van der',
      Tekst: expect.stringMatching(/^De staatssecretaris zegt toe de Kamer te informeren over/),
    });
  });

  it('maps every status to the register’s value', () => {
    const status = (s: CommitmentStatus) => toToezegging({ ...(demo[1] as Commitment), status: s }).Status;
    expect(
      ['open', 'overdue', 'met', 'partly-met', 'withdrawn', 'not-met'].map((s) => status(s as CommitmentStatus)),
    ).toEqual(['Openstaand', 'Openstaand', 'Voldaan', 'Deels voldaan', 'Vervallen', 'Niet nagekomen']);
    expect(toToezegging(lived[4] as Commitment).KamerbriefNakoming).toBe('Kamerbrief 2 december 2024');
  });

  it('Toezegging JSON round-trips the demo and the lived commitments, with and without posts', () => {
    const back = (list: readonly Commitment[], withPosts: boolean) =>
      fromToezeggingen(
        JSON.parse(JSON.stringify(withPosts ? toToezeggingen(list, demoPosts, '2026-03-25') : list.map(toToezegging))),
      );
    expect(back(demo, false)).toEqual(demo);
    expect(back(demo, true)).toEqual(demo);
    expect(back(lived, true)).toEqual(lived);
  });

  const kamer = {
    Id: '00000000-0000-0000-0000-000000000001',
    Nummer: 'TZ202603-130',
    Aanmaakdatum: '2026-03-05T00:00:00',
    ActiviteitNummer: '2026A01894',
    Naam: 'Denkbeeldig',
    Initialen: 'I.',
    Voornaam: 'Ingrid',
    Tussenvoegsel: 'van',
    Achternaam: 'Denkbeeldig',
    Achtervoegsel: null,
    Titulatuur: null,
    Functie: 'Minister van Justitie en Veiligheid',
    Ministerie: 'Justitie en Veiligheid',
    Tekst: 'De minister zegt toe de Kamer te informeren over X.',
    Status: 'Openstaand',
    DatumNakoming: '0001-01-01T00:00:00',
    KamerbriefNakoming: null,
    GewijzigdOp: '2026-03-06T10:00:00',
    ApiGewijzigdOp: null,
    Verwijderd: false,
  };

  it('imports a bare Kamer record into a given edition, with 0001-01-01 as no date and its numbers kept', () => {
    const [c] = fromToezeggingen([kamer], '2020-2024');
    expect(c).toMatchObject({
      id: 'TZ202603-130',
      editionId: '2020-2024',
      status: 'open',
      what: 'De minister zegt toe de Kamer te informeren over X.',
      who: 'Minister van Justitie en Veiligheid',
      promised: { due: null },
      kamerNummer: 'TZ202603-130',
      activiteitNummer: '2026A01894',
      madeOn: '2026-03-05',
    });
    expect(() => fromToezeggingen([kamer])).toThrow(/no Zicht_EditieId/);
    expect(() => fromToezeggingen([{ ...kamer, Status: 'Vergeten', Tekst: '' }], 'e')).toThrow(
      /record 1, Tekst.*record 1, Status|record 1, Status.*record 1, Tekst/,
    );
  });

  it('reads the register’s old and new status values', () => {
    const statuses = [
      'Openstaand',
      'Voldaan',
      'Afgedaan',
      'Deels voldaan',
      'Deels afgedaan',
      'Vervallen',
      'Niet nagekomen',
    ];
    const read = fromToezeggingen(
      statuses.map((Status, i) => ({ ...kamer, Nummer: `TZ-${i}`, Status, KamerbriefNakoming: 'Kamerbrief' })),
      'e',
    );
    expect(read.map((c) => c.status)).toEqual([
      'open',
      'met',
      'met',
      'partly-met',
      'partly-met',
      'withdrawn',
      'not-met',
    ]);
  });
});
