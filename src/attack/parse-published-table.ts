/**
 * One downloaded CSV as the attacker reads it: the header, each row's fields and numbers, the
 * Status column turned into what it says about the missing numbers, and the columns classified.
 * English (comma, decimal point) and Dutch (semicolon, decimal comma) downloads both read.
 */
import { parseCsv } from '../csv/index.ts';
import { classifyColumns } from './classify-columns.ts';
import type { PublishedRow, PublishedTable, RowStatus } from './published-table.ts';

const publishedStatus = /^(published|gepubliceerd)$/i;
const thresholdStatus = /below the threshold|onder de drempel/i;

/** What a Status text says; any status other than published or 'below the threshold' is 'withheld'. */
export function readRowStatus(text: string): RowStatus {
  if (publishedStatus.test(text.trim())) return 'published';
  return thresholdStatus.test(text) ? 'threshold' : 'withheld';
}

export function parsePublishedTable(id: string, text: string): PublishedTable {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const dutch = firstLine.split(';').length > firstLine.split(',').length;
  const [header = [], ...records] = parseCsv(text, { delimiter: dutch ? ';' : ',' });
  const statusAt = header.findIndex((label) => /^status$/i.test(label.trim()));
  const labels = header.filter((_, i) => i !== statusAt).map((label) => label.trim());
  const rows: PublishedRow[] = records
    .filter((record) => record.some((field) => field.trim() !== ''))
    .map((record) => {
      const statusText = statusAt >= 0 ? (record[statusAt] ?? '').trim() : 'Published';
      const fields = record.filter((_, i) => i !== statusAt).map((field) => field.trim());
      return {
        fields,
        numbers: fields.map((field) => readNumber(field, dutch)),
        status: readRowStatus(statusText),
        statusText,
      };
    });
  const kinds = classifyColumns(labels, rows);
  return { id, columns: labels.map((label, i) => ({ label, kind: kinds[i] ?? 'statistic' })), rows };
}

function readNumber(field: string, dutch: boolean): number | null {
  const text = dutch ? field.replace(',', '.') : field;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}
