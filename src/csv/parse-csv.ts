import { CsvParser } from './csv-parser.ts';

export type ParseCsvOptions = {
  /** `,` unless told. */
  readonly delimiter?: string;
  /** Read an unquoted empty field as null and `""` as '' (as `nullAwareCsvField` writes them). */
  readonly nullAware?: boolean;
};

/** A whole CSV text as records of fields (a leading byte order mark is dropped); `CsvParser` streams. */
export function parseCsv(text: string, options?: ParseCsvOptions & { readonly nullAware?: false }): string[][];
export function parseCsv(text: string, options: ParseCsvOptions & { readonly nullAware: true }): (string | null)[][];
export function parseCsv(text: string, options: ParseCsvOptions = {}): (string | null)[][] {
  const parser = new CsvParser<string | null>(options.delimiter ?? ',', undefined, options.nullAware ?? false);
  return [...parser.push(text.startsWith('\uFEFF') ? text.slice(1) : text), ...parser.end()];
}
