import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula, startsLikeFormula } from './neutralise-formula.ts';

/** What a hostile user types into a text field, hoping a spreadsheet runs it. */
const plantedFormulas = [
  '=HYPERLINK("http://x","y")',
  '@SUM(A1)',
  '+1+1',
  '-2+3',
  '\t=1',
  '\r=1',
  ' =1+1',
  '"=1+1',
  "'=1+1",
] as const;

describe('neutraliseFormula', () => {
  it('gives every text that starts like a formula a leading quote', () => {
    for (const text of plantedFormulas) expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(neutraliseFormula('-12')).toBe("'-12"); // a number written as text is still text
  });

  it('leaves ordinary texts alone, those with a formula character further on too', () => {
    for (const text of [
      'Politie',
      "'s-Hertogenbosch",
      'a=b',
      'Veilig Thuis - regio Noord',
      '2024-12-19',
      '',
      '12',
      "'",
    ]) {
      expect(startsLikeFormula(text)).toBe(false);
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('is undone exactly by restoreFormula, whatever the text (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...plantedFormulas),
          fc.string().map((s) => `'${s}`),
          fc.string().map((s) => `''=${s}`),
        ),
        (text) => {
          const safe = neutraliseFormula(text);
          expect(startsLikeFormula(safe) && !safe.startsWith("'")).toBe(false);
          expect(restoreFormula(safe)).toBe(text);
        },
      ),
    );
  });
});
