import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditionTable } from './edition-table.ts';
import { downloadPath, readerTableCsv, tableCsv, tableDownloads, tableXlsx } from './table-downloads.ts';

const table: EditionTable = {
  id: 'victims-by-sex',
  title: { nl: 'Slachtoffers naar geslacht', en: 'Victims by sex' },
  definition: { nl: 'x', en: 'x' },
  unit: { nl: 'kinderen', en: 'children' },
  dimensions: ['year', 'sex'],
  measures: ['victims', 'share'],
  rows: [
    { values: { year: 2024, sex: 'F', victims: 812, share: 0.8123456789 }, status: 'published' },
    { values: { year: 2024, sex: 'U', victims: null, share: null }, status: 'threshold' },
  ],
};
const stampedAt = new Date(Date.UTC(2026, 5, 30, 0, 0, 0));

/** Builds the workbook with the machine's clock set to `now`, so a timestamp taken from the clock would show. */
async function xlsxAt(now: Date): Promise<Buffer> {
  vi.useFakeTimers({ toFake: ['Date'], now });
  try {
    return Buffer.from(await tableXlsx(table, stampedAt));
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => vi.useRealTimers());

describe('table downloads rebuild byte for byte', () => {
  it('gives the same XLSX bytes for the same table, whatever the clock says', async () => {
    const first = await xlsxAt(new Date(Date.UTC(2031, 0, 1, 9, 15, 7)));
    const second = await xlsxAt(new Date(Date.UTC(2033, 7, 19, 17, 42, 58)));
    expect(first.length).toBeGreaterThan(0);
    expect(first.equals(second)).toBe(true);
  });

  it('stamps the XLSX with the edition date and keeps it a workbook Excel can read', async () => {
    const bytes = await xlsxAt(new Date(Date.UTC(2031, 0, 1)));
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer of its own; hand it the bytes' own buffer
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.created?.toISOString()).toBe(stampedAt.toISOString());
    expect(workbook.modified?.toISOString()).toBe(stampedAt.toISOString());
    const sheet = workbook.getWorksheet('victims-by-sex');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'year', 'sex', 'victims', 'share', 'status']);
    expect(sheet?.getRow(2).values).toEqual([undefined, 2024, 'F', 812, 0.8123456789, 'published']);
    expect(sheet?.getRow(3).values).toEqual([undefined, 2024, 'U', undefined, undefined, 'threshold']);
  });

  it('gives the same CSV for the same table', () => {
    expect(tableCsv(table)).toBe(
      'year,sex,victims,share,status\r\n2024,F,812,0.812346,published\r\n2024,U,,,threshold\r\n',
    );
    expect(tableCsv(table)).toBe(tableCsv({ ...table, rows: [...table.rows] }));
  });
});

describe('table downloads in a spreadsheet', () => {
  const planted = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1+1', '-2+3', '\t=1'];
  const hostile: EditionTable = {
    ...table,
    rows: planted.map((sex, i) => ({
      values: { year: 2024, sex, victims: -(i + 1), share: -0.25 },
      status: 'published' as const,
    })),
  };

  it('neutralises text cells in the CSV, and writes negative numbers as numbers', () => {
    const lines = tableCsv(hostile).split('\r\n');
    expect(lines.slice(1, 6)).toEqual([
      `2024,"'=HYPERLINK(""http://x"",""y"")",-1,-0.25,published`,
      "2024,'@SUM(A1),-2,-0.25,published",
      "2024,'+1+1,-3,-0.25,published",
      "2024,'-2+3,-4,-0.25,published",
      "2024,'\t=1,-5,-0.25,published",
    ]);
  });

  it('neutralises text cells in the XLSX, and keeps negative numbers number cells', async () => {
    const bytes = Buffer.from(await tableXlsx(hostile, stampedAt));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('victims-by-sex');
    planted.forEach((text, i) => {
      const row = sheet?.getRow(i + 2);
      expect(row?.getCell(2).value).toBe(`'${text}`);
      expect(row?.getCell(2).type).toBe(ExcelJS.ValueType.String);
      expect(row?.getCell(3).value).toBe(-(i + 1));
      expect(row?.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    });
  });
});

describe('downloads in the reader’s language', () => {
  it('writes Dutch CSV for Dutch Excel: byte order mark, semicolons, decimal commas, headings and codes in words', () => {
    expect(readerTableCsv(table, 'nl')).toBe(
      '\uFEFFJaar;Geslacht;Slachtoffers;Aandeel (%);Status\r\n2024;Vrouw/meisje;812;81,2;Gepubliceerd\r\n2024;Onbekend;;;Afgeschermd: aantal onder de drempel\r\n',
    );
  });

  it('writes English CSV with commas and decimal points, years without separators', () => {
    expect(readerTableCsv(table, 'en')).toBe(
      'Year,Sex,Victims,Share (%),Status\r\n2024,Female,812,81.2,Published\r\n2024,Unknown,,,Withheld: count below the threshold\r\n',
    );
  });

  it('gives each language its own CSV and XLSX, the XLSX headed in that language', async () => {
    const files = await tableDownloads(table, stampedAt);
    expect(files.map((f) => f.path)).toEqual([
      downloadPath(table.id, 'csv', 'nl'),
      downloadPath(table.id, 'xlsx', 'nl'),
      downloadPath(table.id, 'csv', 'en'),
      downloadPath(table.id, 'xlsx', 'en'),
    ]);
    const workbook = new ExcelJS.Workbook();
    const bytes = files[1]?.content as Uint8Array;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Jaar', 'Geslacht', 'Slachtoffers', 'Aandeel (%)', 'Status']);
    expect(sheet?.getRow(2).values).toEqual([undefined, 2024, 'Vrouw/meisje', 812, 81.2, 'Gepubliceerd']);
  });
});
