import ExcelJS from 'exceljs';
import { formatCsv, neutraliseFormula, spreadsheetCsvField, spreadsheetCsvFieldIn } from '../csv/index.ts';
import { codeLabel, columnKind, columnLabel, formatCell, type Lang, readerNumber } from './column-labels.ts';
import type { CellValue, EditionTable } from './edition-table.ts';

/** Text cells never run as a formula in a spreadsheet (a leading quote); numbers, negative ones too, stay numbers. */
const safe = (value: CellValue): CellValue => (typeof value === 'string' ? neutraliseFormula(value) : value);

const downloadField = (value: unknown): string =>
  typeof value === 'number' ? formatNumber(value) : spreadsheetCsvField(value);

/** Numbers as plain decimals with at most 6 significant decimals, so rebuilds give the same bytes. */
function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** Where a table's download lives, relative to the site root: the Dutch one under data/, the English under data/en/. */
export const downloadPath = (tableId: string, format: 'csv' | 'xlsx', lang: Lang = 'nl'): string =>
  lang === 'nl' ? `data/${tableId}.${format}` : `data/en/${tableId}.${format}`;

/** The columns of a download: the table's own, then `status` (published, or why the row is withheld). */
export const downloadColumns = (table: EditionTable): string[] => [...table.dimensions, ...table.measures, 'status'];

/**
 * A cell as a reader's download holds it: codes as labels, numbers rounded as on the page but
 * unformatted (a spreadsheet formats them), dates as ISO dates (they sort), a model in words.
 */
function readerValue(column: string, value: CellValue, lang: Lang): CellValue {
  if (value === null || typeof value === 'boolean') return value === null ? null : formatCell(column, value, lang);
  if (typeof value === 'number') return columnKind(column) === 'year' ? value : readerNumber(column, value);
  const kind = columnKind(column);
  if (kind === 'date') return value;
  if (kind === 'model') return formatCell(column, value, lang);
  return codeLabel(column, value, lang);
}

const readerRows = (table: EditionTable, lang: Lang): CellValue[][] =>
  table.rows.map((row) => [
    ...[...table.dimensions, ...table.measures].map((c) => readerValue(c, row.values[c] ?? null, lang)),
    codeLabel('status', row.status, lang),
  ]);

/** Dutch spreadsheets read a decimal comma; numbers carry no thousands separator in either language. */
const readerField = (lang: Lang) => {
  const text = spreadsheetCsvFieldIn(lang === 'nl' ? ';' : ',');
  return (value: unknown): string =>
    typeof value === 'number'
      ? lang === 'nl'
        ? formatNumber(value).replace('.', ',')
        : formatNumber(value)
      : text(value);
};

/** The table as CSV for machines (RFC 4180, comma, UTF-8, CRLF): column ids and codes; withheld numbers empty, `status` says why. */
export function tableCsv(table: EditionTable): string {
  const columns = [...table.dimensions, ...table.measures];
  const rows = table.rows.map((row) => [...columns.map((c) => row.values[c] ?? null), row.status]);
  return formatCsv([downloadColumns(table), ...rows], { field: downloadField });
}

/**
 * The table as CSV for readers: headings and codes in the language's words, numbers rounded as on
 * the page. Dutch with semicolons, decimal commas and a byte order mark, as Dutch Excel expects;
 * English with commas.
 */
export function readerTableCsv(table: EditionTable, lang: Lang): string {
  const header = downloadColumns(table).map((c) => columnLabel(c, lang));
  return formatCsv([header, ...readerRows(table, lang)], {
    field: readerField(lang),
    ...(lang === 'nl' ? { delimiter: ';' as const, byteOrderMark: true } : {}),
  });
}

/**
 * The same table as an XLSX workbook with one sheet (headings in the language's words when given
 * one); the edition's date stamps the file, not the clock.
 */
export async function tableXlsx(table: EditionTable, stampedAt: Date, lang?: Lang): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zicht';
  workbook.created = stampedAt;
  workbook.modified = stampedAt;
  const sheet = workbook.addWorksheet(table.id.slice(0, 31));
  if (lang === undefined) {
    sheet.addRow(downloadColumns(table).map(safe));
    for (const row of table.rows)
      sheet.addRow([...[...table.dimensions, ...table.measures].map((c) => safe(row.values[c] ?? null)), row.status]);
  } else {
    sheet.addRow(downloadColumns(table).map((c) => safe(columnLabel(c, lang))));
    sheet.getRow(1).font = { bold: true };
    for (const row of readerRows(table, lang)) sheet.addRow(row.map(safe));
  }
  return stampZipEntries(new Uint8Array(await workbook.xlsx.writeBuffer()), stampedAt);
}

/** A table's downloads for readers: CSV and XLSX in Dutch and in English, at `downloadPath`. */
export async function tableDownloads(
  table: EditionTable,
  stampedAt: Date,
): Promise<{ readonly path: string; readonly content: string | Uint8Array }[]> {
  const files: { path: string; content: string | Uint8Array }[] = [];
  for (const lang of ['nl', 'en'] as const) {
    files.push({ path: downloadPath(table.id, 'csv', lang), content: readerTableCsv(table, lang) });
    files.push({ path: downloadPath(table.id, 'xlsx', lang), content: await tableXlsx(table, stampedAt, lang) });
  }
  return files;
}

/**
 * Sets every entry's modification time in a zip archive to `stampedAt` (UTC), in place. exceljs's zip
 * writer (JSZip) stamps each entry with the clock and takes no date option; the times are plain header
 * fields outside the checksums, so rewriting them leaves the archive valid and makes rebuilds identical.
 */
function stampZipEntries(zip: Uint8Array, stampedAt: Date): Uint8Array {
  const year = stampedAt.getUTCFullYear();
  if (year < 1980 || year > 2107)
    throw new RangeError(`a zip entry date must lie in 1980–2107, got ${stampedAt.toISOString()}`);
  const dosDate = ((year - 1980) << 9) | ((stampedAt.getUTCMonth() + 1) << 5) | stampedAt.getUTCDate();
  const dosTime = (stampedAt.getUTCHours() << 11) | (stampedAt.getUTCMinutes() << 5) | (stampedAt.getUTCSeconds() >> 1);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const requireRecord = (offset: number, signature: number) => {
    if (view.getUint32(offset, true) !== signature)
      throw new Error(`zip: no record 0x${signature.toString(16)} at byte ${offset}`);
  };
  let end = zip.byteLength - 22; // the end-of-central-directory record, found from the back (it may carry a comment)
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('zip: no end of central directory');
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let n = 0; n < entries; n++) {
    requireRecord(offset, 0x02014b50);
    view.setUint16(offset + 12, dosTime, true);
    view.setUint16(offset + 14, dosDate, true);
    const local = view.getUint32(offset + 42, true);
    requireRecord(local, 0x04034b50);
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    offset +=
      46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return zip;
}
