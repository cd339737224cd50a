import { neutraliseFormula } from '../contract/neutralise-formula.ts';

export type CsvCell = string | number | null;

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they need it; null is empty.
 * A text a spreadsheet would run as a formula gets a leading quote; numbers stay numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'string' ? neutraliseFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A data: URL for a download link; the byte-order mark makes spreadsheet programs read UTF-8. */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
}
