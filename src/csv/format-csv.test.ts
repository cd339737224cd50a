import { describe, expect, it } from 'vitest';
import { csvField } from './csv-field.ts';
import { formatCsv } from './format-csv.ts';

describe('formatCsv', () => {
  it('writes a header and rows with CRLF line ends and raw numbers', () => {
    expect(
      formatCsv([
        ['Jaar', 'Politie'],
        ['2018', 4210],
        ['2019', null],
      ]),
    ).toBe('Jaar,Politie\r\n2018,4210\r\n2019,\r\n');
  });

  it('quotes fields with commas, quotes or line breaks', () => {
    expect(formatCsv([['a'], ['Veilig Thuis, regio "Noord"'], ['two\nlines']])).toBe(
      'a\r\n"Veilig Thuis, regio ""Noord"""\r\n"two\nlines"\r\n',
    );
  });

  it('neutralises text cells a spreadsheet would run as formulas by default, and keeps numbers, negative ones too, as numbers', () => {
    const planted = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1+1', '-2+3', '\t=1'];
    expect(formatCsv([['Bron', 'Aantal'], ...planted.map((text) => [text, -5]), ['Politie', -2.5]])).toBe(
      `Bron,Aantal\r\n"'=HYPERLINK(""http://x"",""y"")",-5\r\n'@SUM(A1),-5\r\n'+1+1,-5\r\n'-2+3,-5\r\n'\t=1,-5\r\nPolitie,-2.5\r\n`,
    );
  });

  it('takes LF line ends and another field writer when told', () => {
    expect(formatCsv([['=a', 'b'], []], { lineEnd: '\n', field: csvField })).toBe('=a,b\n\n');
    expect(formatCsv([])).toBe('');
  });

  it('writes the Dutch spreadsheet form when told: semicolons, a byte order mark, semicolons quoted and commas not', () => {
    const text = formatCsv(
      [
        ['Bron', 'Aandeel (%)'],
        ['Veilig Thuis; regio Noord', '45,3'],
        ['Politie, Noord', 12],
      ],
      { delimiter: ';', byteOrderMark: true },
    );
    expect(text).toBe('\uFEFFBron;Aandeel (%)\r\n"Veilig Thuis; regio Noord";45,3\r\nPolitie, Noord;12\r\n');
    expect(formatCsv([['a']])).not.toContain('\uFEFF');
  });
});
