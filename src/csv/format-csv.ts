import { spreadsheetCsvField } from './csv-field.ts';

export type CsvFieldWriter = (value: unknown) => string;

/** One CSV record without its line end: each value written by `field`, joined by commas. */
export function formatCsvRecord(values: readonly unknown[], field: CsvFieldWriter): string {
  let line = '';
  for (let k = 0; k < values.length; k++) line += k === 0 ? field(values[k]) : `,${field(values[k])}`;
  return line;
}

export type FormatCsvOptions = {
  /** CRLF as RFC 4180 says (the default), or LF. */
  readonly lineEnd?: '\r\n' | '\n';
  /** How a value is written; by default as a spreadsheet may show it (`spreadsheetCsvField`). */
  readonly field?: CsvFieldWriter;
};

/** Records (the header first) as CSV text, every record ended by the line end. */
export function formatCsv(records: Iterable<readonly unknown[]>, options: FormatCsvOptions = {}): string {
  const { lineEnd = '\r\n', field = spreadsheetCsvField } = options;
  let text = '';
  for (const record of records) text += formatCsvRecord(record, field) + lineEnd;
  return text;
}
