import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, nullAwareCsvField, spreadsheetCsvField } from './csv-field.ts';
import { formatCsvRecord } from './format-csv.ts';
import { parseCsv } from './parse-csv.ts';

describe('csvField', () => {
  it('quotes only a field with a quote, comma or line break, and writes null as an empty field', () => {
    expect(
      ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', null, undefined, 4210, -2.5, '=1+1'].map(csvField),
    ).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r"', '', '', '4210', '-2.5', '=1+1']);
  });

  it('round-trips any records through parseCsv (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é') }).filter((s) => s !== '');
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        (records) => {
          expect(parseCsv(records.map((r) => `${formatCsvRecord(r, csvField)}\r\n`).join(''))).toEqual(records);
        },
      ),
    );
  });
});

describe('spreadsheetCsvField', () => {
  it('neutralises text a spreadsheet would run as a formula, and keeps numbers, negative ones too, as numbers', () => {
    expect(
      ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1+1', '-2+3', '\t=1', -5, -2.5, 'Politie', null].map(
        spreadsheetCsvField,
      ),
    ).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")"`,
      "'@SUM(A1)",
      "'+1+1",
      "'-2+3",
      "'\t=1",
      '-5',
      '-2.5',
      'Politie',
      '',
    ]);
  });
});

describe('nullAwareCsvField', () => {
  it('round-trips any cells through a null-aware reader, keeping null apart from "" (property)', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.constantFrom('a,b', 'say "hi"', 'line\nbreak', ' pad ', ''),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        expect(parseCsv(`${formatCsvRecord(cells, nullAwareCsvField)}\n`, { nullAware: true })).toEqual([cells]);
      }),
    );
  });

  it('quotes an empty text and white space at either end', () => {
    expect(['', ' pad', 'pad ', null, 7].map(nullAwareCsvField)).toEqual(['""', '" pad"', '"pad "', '', '7']);
  });
});
