import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, detectDelimiter } from './csv-parser.ts';

const parseAll = (text: string, chunkSize = text.length || 1, delimiter = ',') => {
  const p = new CsvParser(delimiter);
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += chunkSize) rows.push(...p.push(text.slice(i, i + chunkSize)));
  rows.push(...p.end());
  return rows;
};

const toCsv = (rows: string[][]) =>
  rows
    .map((r) => r.map((f) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f)).join(','))
    .join('\r\n');

describe('CsvParser', () => {
  it('parses quoted fields with delimiters, doubled quotes and newlines', () => {
    expect(parseAll('a,b\n"x, y","he said ""hi""\nbye"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"\nbye'],
    ]);
  });

  it('handles CRLF, a missing final newline, blank lines and other delimiters', () => {
    expect(parseAll('a;b\r\n1;2\r\n\r\n3;4', 3, ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('gives the same records whatever the chunk size (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 7 }),
        (rows, size) => {
          const csv = toCsv(rows);
          expect(parseAll(csv, size)).toEqual(parseAll(csv));
          expect(parseAll(csv)).toEqual(rows);
        },
      ),
    );
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a\tb')).toBe('\t');
    expect(detectDelimiter('a,b,c')).toBe(',');
  });
});
