import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, resolvePromisedMoment } from './resolve-promised-moment.ts';

describe('resolvePromisedMoment', () => {
  it.each([
    ['na de zomer', '2024-06-27', '2024-09-30'],
    ['After the summer', '2024-06-27', '2024-09-30'],
    ['na de zomer', '2024-10-15', '2025-09-30'],
    ['in het najaar', '2024-06-27', '2024-11-30'],
    ['voor het einde van het jaar', '2024-03-01', '2024-12-31'],
    ['voor de zomer', '2026-03-19', '2026-06-30'],
    ['in het voorjaar', '2025-07-01', '2026-05-31'],
    ['eind 2024', '2024-06-27', '2024-12-31'],
    ['in 2024', '2024-06-27', '2024-12-31'],
    ['vanaf het tweede kwartaal van 2024', '2024-02-09', '2024-06-30'],
    ['Q4 2025', '2025-01-10', '2025-12-31'],
    ['na de zomer van 2025', '2024-06-27', '2025-09-30'],
  ])('"%s" said on %s is due %s, and the phrase is kept', (phrase, on, due) => {
    expect(resolvePromisedMoment(phrase, on)).toEqual({ phrase, due });
  });

  it('reads recurring phrases as a period and a first due date', () => {
    expect(resolvePromisedMoment('halfjaarlijks', '2024-06-19')).toEqual({
      phrase: 'halfjaarlijks',
      due: '2024-12-19',
      everyMonths: 6,
    });
    expect(resolvePromisedMoment('annually', '2024-02-29')).toEqual({
      phrase: 'annually',
      due: '2025-02-28',
      everyMonths: 12,
    });
  });

  it('takes an ISO date as the date itself, without a phrase', () => {
    expect(resolvePromisedMoment('2025-01-31', '2024-06-27')).toEqual({ due: '2025-01-31' });
  });

  it('refuses words it cannot read and lists what it understands', () => {
    expect(() => resolvePromisedMoment('binnenkort', '2024-06-27')).toThrow(/Cannot read "binnenkort".*na de zomer/);
  });

  it('a resolved date is never before the day the promise was made (property)', () => {
    const phrases = [
      'na de zomer',
      'voor de zomer',
      'in het najaar',
      'in het voorjaar',
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
          return due >= on && due <= addMonths(on, 12);
        },
      ),
    );
  });
});
