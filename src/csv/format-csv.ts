import { spreadsheetCsvFieldIn } from './csv-field.ts';

/** Writes one value as a field; a writer that quotes must know the delimiter (see `spreadsheetCsvFieldIn`). */
export type CsvFieldWriter = (value: unknown) => string;

/** One CSV record without its line end: each value written by `field`, joined by the delimiter. */
export function formatCsvRecord(values: readonly unknown[], field: CsvFieldWriter, delimiter: ',' | ';' = ','): string {
  let line = '';
  for (let k = 0; k < values.length; k++) line += k === 0 ? field(values[k]) : `${delimiter}${field(values[k])}`;
  return line;
}

export type FormatCsvOptions = {
  /** CRLF as RFC 4180 says (the default), or LF. */
  readonly lineEnd?: '\r\n' | '\n';
  /** How a value is written; by default as a spreadsheet may show it (`spreadsheetCsvFieldIn(delimiter)`). */
  readonly field?: CsvFieldWriter;
  /**
   * A comma (the default), or a semicolon: Excel in a Dutch locale splits only on semicolons,
   * because the comma is its decimal sign.
   */
  readonly delimiter?: ',' | ';';
  /** Start with a UTF-8 byte order mark, so that Excel reads é and – as UTF-8 rather than Windows-1252. */
  readonly byteOrderMark?: boolean;
};

/** Records (the header first) as CSV text, every record ended by the line end. */
export function formatCsv(records: Iterable<readonly unknown[]>, options: FormatCsvOptions = {}): string {
  const { lineEnd = '\r\n', delimiter = ',', byteOrderMark = false } = options;
  const field = options.field ?? spreadsheetCsvFieldIn(delimiter);
  let text = byteOrderMark ? '\uFEFF' : '';
  for (const record of records) text += formatCsvRecord(record, field, delimiter) + lineEnd;
  return text;
}
