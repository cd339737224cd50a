import { neutraliseFormula } from './neutralise-formula.ts';

const needsQuotes = /[",\r\n]/;
const needsQuotesSemicolon = /[";\r\n]/;

/**
 * One CSV field (RFC 4180), quoted when it holds a quote, the delimiter or a line break; null is an
 * empty field. The delimiter is a comma, or a semicolon for the Dutch spreadsheet convention.
 */
export function csvField(value: unknown): string {
  return delimitedField(value, ',');
}

function delimitedField(value: unknown, delimiter: ',' | ';'): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return (delimiter === ';' ? needsQuotesSemicolon : needsQuotes).test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A field of a CSV a person opens in a spreadsheet: a text the spreadsheet would run as a formula
 * gets a leading quote (`neutraliseFormula`); numbers, negative ones too, stay numbers.
 */
export function spreadsheetCsvField(value: unknown): string {
  return delimitedField(typeof value === 'string' ? neutraliseFormula(value) : value, ',');
}

/** `spreadsheetCsvField` for a CSV with the given delimiter (a semicolon for Dutch spreadsheets). */
export const spreadsheetCsvFieldIn =
  (delimiter: ',' | ';') =>
  (value: unknown): string =>
    delimitedField(typeof value === 'string' ? neutraliseFormula(value) : value, delimiter);

const needsQuotesToKeep = /[",\r\n]|^\s|\s$/;

/**
 * A field that keeps what a careless reader would lose: null is an empty field, an empty text is
 * written `""` so that a null-aware reader (`parseCsv(text, { nullAware: true })`) tells the two
 * apart, and a text with white space at either end is quoted so that no reader trims it.
 */
export function nullAwareCsvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return value === '' || needsQuotesToKeep.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
