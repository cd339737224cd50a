import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/index.ts';
import { csvDataUrl } from './csv-data-url.ts';

const decoded = (url: string) => decodeURIComponent(url.slice(url.indexOf(',') + 1));
const records = [
  ['Bron', 'Aantal', 'Aandeel (%)'],
  ['Rechtspraak – civiel', 1234, 12.5],
  ['Politie; zeden', null, 0.25],
];

describe('csvDataUrl', () => {
  it('writes Dutch as Dutch Excel reads it: semicolons, decimal commas, no thousands separator, a BOM', () => {
    const url = csvDataUrl(records, 'nl');
    expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decoded(url)).toBe(
      '\uFEFFBron;Aantal;Aandeel (%)\r\nRechtspraak – civiel;1234;12,5\r\n"Politie; zeden";;0,25\r\n',
    );
  });

  it('writes English with commas and decimal points, and a BOM', () => {
    expect(decoded(csvDataUrl(records, 'en'))).toBe(
      '\uFEFFBron,Aantal,Aandeel (%)\r\nRechtspraak – civiel,1234,12.5\r\nPolitie; zeden,,0.25\r\n',
    );
  });

  it('reads back to the same fields with the language’s delimiter', () => {
    for (const [lang, delimiter] of [
      ['nl', ';'],
      ['en', ','],
    ] as const) {
      const text = decoded(csvDataUrl(records, lang)).replace(/^\uFEFF/, '');
      const fields = parseCsv(text, { delimiter });
      expect(fields.map((r) => r.length)).toEqual([3, 3, 3]);
      expect(fields[1]?.[0]).toBe('Rechtspraak – civiel');
      expect(fields[2]?.[0]).toBe('Politie; zeden');
    }
  });
});
