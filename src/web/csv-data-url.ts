import { formatCsv, spreadsheetCsvFieldIn } from '../csv/index.ts';
import type { Language } from './i18n/index.ts';

/**
 * A data: URL for a table's download link, as the published edition's downloads are written for
 * the reader's language: Dutch with semicolons and decimal commas, because Excel in a Dutch locale
 * splits only on semicolons and reads the comma as the decimal sign; English with commas and points.
 * Both start with a byte order mark, so spreadsheet programs read é and – as UTF-8. Numbers carry
 * no thousands separator, so a spreadsheet reads them as numbers.
 */
export function csvDataUrl(records: Iterable<readonly unknown[]>, language: Language): string {
  const delimiter = language === 'nl' ? ';' : ',';
  const text = spreadsheetCsvFieldIn(delimiter);
  const field = (value: unknown): string =>
    typeof value === 'number' && language === 'nl' ? String(value).replace('.', ',') : text(value);
  const csv = formatCsv(records, { delimiter, field, byteOrderMark: true });
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
