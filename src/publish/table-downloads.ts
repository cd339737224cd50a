import ExcelJS from 'exceljs';
import type { CellValue, EditionTable } from './edition-table.ts';

const csvField = (value: CellValue): string => {
  if (value === null) return '';
  const text = typeof value === 'number' ? formatNumber(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Numbers as plain decimals with at most 6 significant decimals, so rebuilds give the same bytes. */
function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** The columns of a download: the table's own, then `status` (published, or why the row is withheld). */
export const downloadColumns = (table: EditionTable): string[] => [...table.dimensions, ...table.measures, 'status'];

/** The table as CSV (RFC 4180, comma, UTF-8, CRLF): withheld numbers are empty, `status` says why. */
export function tableCsv(table: EditionTable): string {
  const lines = [downloadColumns(table).join(',')];
  for (const row of table.rows) lines.push([...table.dimensions, ...table.measures].map((c) => csvField(row.values[c] ?? null)).concat(row.status).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The same table as an XLSX workbook with one sheet; the edition's date stamps the file, not the clock. */
export async function tableXlsx(table: EditionTable, stampedAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zicht';
  workbook.created = stampedAt;
  workbook.modified = stampedAt;
  const sheet = workbook.addWorksheet(table.id.slice(0, 31));
  sheet.addRow(downloadColumns(table));
  for (const row of table.rows) sheet.addRow([...[...table.dimensions, ...table.measures].map((c) => row.values[c] ?? null), row.status]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
