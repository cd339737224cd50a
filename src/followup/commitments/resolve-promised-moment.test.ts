import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { christmasRecessStart, prinsjesdag, summerRecessStart } from './parliamentary-calendar.ts';
import { addMonths, isDerivedDate, readPromisedMoment, resolvePromisedMoment } from './resolve-promised-moment.ts';

describe('the Kamer’s calendar', () => {
  it('reproduces the recesses the Kamer published, and Prinsjesdag', () => {
    // tweedekamer.nl/debat_en_vergadering/recessen; nu.nl for 2022
    expect([2022, 2023, 2024].map(summerRecessStart)).toEqual(['2022-07-08', '2023-07-07', '2024-07-05']);
    expect(christmasRecessStart(2023)).toBe('2023-12-22');
    expect([2024, 2025, 2026].map(prinsjesdag)).toEqual(['2024-09-17', '2025-09-16', '2026-09-15']);
  });
});

describe('resolvePromisedMoment', () => {
  it.each([
    // said on 19 March 2026, the date of the seed nota
    ['medio 2026', '2026-03-19', '2026-06-30'],
    ['rond de zomer', '2026-03-19', '2026-08-31'],
    ['voor het zomerreces', '2026-03-19', '2026-07-02'],
    ['voor de zomer', '2026-03-19', '2026-07-02'],
    ['na het zomerreces', '2026-03-19', '2026-09-30'],
    ['voor de begrotingsbehandeling', '2026-03-19', '2026-11-30'],
    ['voor het kerstreces', '2026-03-19', '2026-12-17'],
    ['na het kerstreces', '2026-03-19', '2027-01-31'],
    ['voor Prinsjesdag', '2026-03-19', '2026-09-14'],
    ['in het voorjaar', '2026-03-19', '2026-05-31'],
    ['in het najaar', '2026-03-19', '2026-11-30'],
    ['eind 2026', '2026-03-19', '2026-12-31'],
    ['begin 2027', '2026-03-19', '2027-03-31'],
    ['Q3 2026', '2026-03-19', '2026-09-30'],
    ['tweede helft 2026', '2026-03-19', '2026-12-31'],
    ['medio september', '2026-03-19', '2026-09-15'],
    ['eind oktober volgend jaar', '2026-03-19', '2027-10-31'],
    ['voor 1 september 2026', '2026-03-19', '2026-08-31'],
    ['vóór de zomer', '2026-03-19', '2026-07-02'],
    // English where the tracker had them
    ['before the summer recess', '2026-03-19', '2026-07-02'],
    ['mid-2026', '2026-03-19', '2026-06-30'],
    ['end of 2026', '2026-03-19', '2026-12-31'],
    // the readings the tracker had before
    ['na de zomer', '2024-06-27', '2024-09-30'],
    ['After the summer', '2024-06-27', '2024-09-30'],
    ['na de zomer', '2024-10-15', '2025-09-30'],
    ['in het najaar', '2024-06-27', '2024-11-30'],
    ['voor het einde van het jaar', '2024-03-01', '2024-12-31'],
    ['in het voorjaar', '2025-07-01', '2026-05-31'],
    ['eind 2024', '2024-06-27', '2024-12-31'],
    ['in 2024', '2024-06-27', '2024-12-31'],
    ['vanaf het tweede kwartaal van 2024', '2024-02-09', '2024-06-30'],
    ['Q4 2025', '2025-01-10', '2025-12-31'],
    ['na de zomer van 2025', '2024-06-27', '2025-09-30'],
  ])('"%s" said on %s is due %s, derived, and the words are kept', (phrase, on, due) => {
    expect(readPromisedMoment(phrase, on)).toEqual({ promised: { phrase, due, derived: true }, warnings: [] });
  });

  it('"voor de zomer" said late in June is due before the recess, not overdue at once; said in the recess, next year', () => {
    expect(resolvePromisedMoment('voor de zomer', '2026-06-25').due).toBe('2026-07-02');
    expect(resolvePromisedMoment('voor de zomer', '2026-07-02').due).toBe('2026-07-02');
    expect(resolvePromisedMoment('voor de zomer', '2026-07-10').due).toBe('2027-07-01');
  });

  it('takes a date the minister gave as given: not derived', () => {
    expect(resolvePromisedMoment('uiterlijk 1 september 2026', '2026-03-19')).toEqual({
      phrase: 'uiterlijk 1 september 2026',
      due: '2026-09-01',
      derived: false,
    });
    expect(resolvePromisedMoment('2025-01-31', '2024-06-27')).toEqual({ due: '2025-01-31', derived: false });
    // the year filled in by the tracker makes it derived
    expect(resolvePromisedMoment('uiterlijk 1 september', '2026-10-01')).toMatchObject({
      due: '2027-09-01',
      derived: true,
    });
  });

  it('reads recurring phrases as a period and a first due date', () => {
    expect(resolvePromisedMoment('halfjaarlijks', '2024-06-19')).toEqual({
      phrase: 'halfjaarlijks',
      due: '2024-12-19',
      everyMonths: 6,
      derived: true,
    });
    expect(resolvePromisedMoment('annually', '2024-02-29')).toMatchObject({ due: '2025-02-28', everyMonths: 12 });
    expect(resolvePromisedMoment('jaarlijks', '2026-03-19')).toMatchObject({ due: '2027-03-19', everyMonths: 12 });
    expect(resolvePromisedMoment('per kwartaal', '2026-03-19')).toMatchObject({ due: '2026-06-19', everyMonths: 3 });
  });

  it('keeps promises without a term, or tied to a later letter, without a date and says why', () => {
    for (const phrase of ['zo spoedig mogelijk', 'binnenkort', 'op korte termijn', 'as soon as possible'])
      expect(readPromisedMoment(phrase, '2026-03-19')).toEqual({
        promised: { phrase, due: null, derived: false, undated: 'no-term' },
        warnings: [],
      });
    const letter = readPromisedMoment('in de volgende voortgangsbrief', '2026-03-19');
    expect(letter.promised).toEqual({
      phrase: 'in de volgende voortgangsbrief',
      due: null,
      derived: false,
      undated: 'event',
    });
    expect(letter.warnings[0]).toMatch(/no date of its own/);
  });

  it('records words it cannot read, with no date and a warning, instead of refusing them', () => {
    const reading = readPromisedMoment('als het onderzoek klaar is', '2026-03-19');
    expect(reading.promised).toEqual({
      phrase: 'als het onderzoek klaar is',
      due: null,
      derived: false,
      undated: 'not-understood',
    });
    expect(reading.warnings).toEqual([
      expect.stringMatching(/^No date derived from "als het onderzoek klaar is".*voor het zomerreces/),
    ]);
  });

  it('warns when a named year puts the date before the day it was promised', () => {
    const reading = readPromisedMoment('medio 2026', '2026-07-10');
    expect(reading.promised.due).toBe('2026-06-30');
    expect(reading.warnings).toEqual([
      '"medio 2026" reads as 2026-06-30, before the day it was promised (2026-07-10).',
    ]);
  });

  it('treats an old record with a phrase and no flag as derived', () => {
    expect(isDerivedDate({ phrase: 'na de zomer', due: '2024-09-30' })).toBe(true);
    expect(isDerivedDate({ due: '2024-09-30' })).toBe(false);
  });

  const addDays = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  it('reads "voor het zomerreces" said on the first day of the recess as next year\'s', () => {
    expect(resolvePromisedMoment('voor het zomerreces', '2032-07-02').due).toBe('2033-07-07');
  });

  // A yearly occasion fixed by a weekday (the summer recess starts on the first Friday on or after
  // 2 July) moves by up to six days from year to year: "voor het zomerreces" said on the first day
  // of the 2032 recess (Friday 2 July) means 7 July 2033, a year and five days later.
  it('a resolved date is never before the day the promise was made, nor more than a year and a week after (property)', () => {
    const phrases = [
      'na de zomer',
      'voor de zomer',
      'voor het zomerreces',
      'rond de zomer',
      'voor het kerstreces',
      'na het kerstreces',
      'voor de begrotingsbehandeling',
      'voor Prinsjesdag',
      'in het najaar',
      'in het voorjaar',
      'medio september',
      'voor het einde van het jaar',
      'halfjaarlijks',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (phrase, d) => {
          const on = d.toISOString().slice(0, 10);
          const due = resolvePromisedMoment(phrase, on).due ?? '';
          return due >= on && due <= addDays(addMonths(on, 12), 7);
        },
      ),
    );
  });

  it('never refuses words and always keeps them (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(s.trim())),
        (words) => {
          expect(resolvePromisedMoment(words, '2026-03-19').phrase).toBe(words.trim());
        },
      ),
    );
  });
});
