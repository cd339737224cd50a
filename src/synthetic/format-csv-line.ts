import type { RawRow } from './synthetic-chain.ts';

const needsQuotes = /[",\r\n]|^\s|\s$/;

/**
 * One CSV record (RFC 4180) without its line break. An empty cell is "not known" (null); an empty
 * string is written as "" so that a careful reader can tell the two apart.
 */
export function formatCsvLine(values: readonly RawRow[string][]): string {
  let line = '';
  for (let k = 0; k < values.length; k++) {
    if (k > 0) line += ',';
    const v = values[k];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') {
      line += String(v);
      continue;
    }
    line += v === '' || needsQuotes.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  }
  return line;
}
