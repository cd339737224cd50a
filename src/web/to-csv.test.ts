import { describe, expect, it } from 'vitest';
import { csvDataUrl, toCsv } from './to-csv.ts';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends and raw numbers', () => {
    expect(toCsv(['Jaar', 'Politie'], [['2018', 4210], ['2019', null]])).toBe('Jaar,Politie\r\n2018,4210\r\n2019,\r\n');
  });

  it('quotes fields with commas, quotes or line breaks', () => {
    expect(toCsv(['a'], [['Veilig Thuis, regio "Noord"'], ['two\nlines']])).toBe(
      'a\r\n"Veilig Thuis, regio ""Noord"""\r\n"two\nlines"\r\n',
    );
  });

  it('neutralises text cells a spreadsheet would run as formulas, and keeps numbers, negative ones too, as numbers', () => {
    const planted = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1+1', '-2+3', '\t=1'];
    expect(toCsv(['Bron', 'Aantal'], [...planted.map((text) => [text, -5]), ['Politie', -2.5]])).toBe(
      `Bron,Aantal\r\n"'=HYPERLINK(""http://x"",""y"")",-5\r\n'@SUM(A1),-5\r\n'+1+1,-5\r\n'-2+3,-5\r\n'\t=1,-5\r\nPolitie,-2.5\r\n`,
    );
  });

  it('encodes a UTF-8 data URL that decodes back to the CSV with a BOM', () => {
    const url = csvDataUrl('Bron,Aantal\r\nRechtspraak – civiel,12\r\n');
    expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe('\uFEFFBron,Aantal\r\nRechtspraak – civiel,12\r\n');
  });
});
