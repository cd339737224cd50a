import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDemoData } from './build-demo-data.ts';
import { commitmentsFromCsv, commitmentsToCsv } from './commitments-csv.ts';
import type { Commitment } from './followup-model.ts';
import { fromToezeggingen, toToezegging, toezeggingGuid } from './toezegging.ts';

const demo = buildDemoData().commitments;

describe('commitment exchange', () => {
  it('CSV round-trips every demo commitment exactly', () => {
    expect(commitmentsFromCsv(commitmentsToCsv(demo))).toEqual(demo);
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
      DatumNakoming: '2024-06-28T00:00:00',
      Verwijderd: false,
    });
    expect(t.KamerbriefNakoming).toContain('31 015, nr. 275');
    expect(t.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toezeggingGuid('x')).toBe(toezeggingGuid('x'));
  });

  it('Toezegging JSON round-trips the demo commitments', () => {
    expect(fromToezeggingen(JSON.parse(JSON.stringify(demo.map(toToezegging))))).toEqual(demo);
  });

  it('imports a bare Kamer record into a given edition, with 0001-01-01 as no date', () => {
    const kamer = {
      Id: '00000000-0000-0000-0000-000000000001',
      Nummer: 'TZ202603-130',
      Aanmaakdatum: '2026-03-05T00:00:00',
      ActiviteitNummer: '2026A01894',
      Naam: null,
      Initialen: null,
      Voornaam: null,
      Tussenvoegsel: null,
      Achternaam: null,
      Achtervoegsel: null,
      Titulatuur: null,
      Functie: 'Minister van Justitie en Veiligheid',
      Ministerie: 'Justitie en Veiligheid',
      Tekst: 'De Kamer informeren over X',
      Status: 'Openstaand',
      DatumNakoming: '0001-01-01T00:00:00',
      KamerbriefNakoming: null,
      GewijzigdOp: '2026-03-06T10:00:00',
      ApiGewijzigdOp: null,
      Verwijderd: false,
    };
    const [c] = fromToezeggingen([kamer], '2020-2024');
    expect(c).toMatchObject({
      id: 'TZ202603-130',
      editionId: '2020-2024',
      status: 'open',
      promised: { due: null },
      kamerNummer: 'TZ202603-130',
      madeOn: '2026-03-05',
    });
    expect(() => fromToezeggingen([kamer])).toThrow(/no Zicht_EditieId/);
    expect(() => fromToezeggingen([{ ...kamer, Status: 'Vergeten', Tekst: '' }], 'e')).toThrow(
      /record 1, Tekst.*record 1, Status|record 1, Status.*record 1, Tekst/,
    );
  });
});
