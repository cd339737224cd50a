import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads a whole text, dropping a byte order mark and blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n\r\n1,"x, y"\r\n')).toEqual([
      ['a', 'b'],
      ['1', 'x, y'],
    ]);
  });

  it('takes another delimiter', () => {
    expect(parseCsv('a;b\n1;2', { delimiter: ';' })).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads an unquoted empty field as null and "" as an empty text when null-aware', () => {
    expect(parseCsv('a,,""\n\n,', { nullAware: true })).toEqual([['a', null, ''], [null], [null, null]]);
    expect(parseCsv('a,,""\n\n,')).toEqual([
      ['a', '', ''],
      ['', ''],
    ]);
  });
});
