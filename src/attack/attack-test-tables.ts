/**
 * Small published tables written out as a download would be, for the attacker's tests: a CSV per
 * table, and a look-up of one attacked cell in a report.
 */
import type { AttackReport } from './attack-publication.ts';
import { parsePublishedTable } from './parse-published-table.ts';
import type { PublishedTable } from './published-table.ts';

export const published = 'Published';

export function csvTable(id: string, header: string, rows: readonly (readonly (string | number)[])[]): PublishedTable {
  return parsePublishedTable(id, [header, ...rows.map((r) => r.join(','))].join('\n'));
}

export function attackedCell(report: AttackReport, tableId: string, row: Record<string, string>, column: string) {
  const found = report.cells.find(
    (c) => c.tableId === tableId && c.column === column && Object.entries(row).every(([k, v]) => c.row[k] === v),
  );
  if (!found) throw new Error(`no attacked cell ${tableId} ${JSON.stringify(row)} ${column}`);
  return found;
}

/** A share as the site prints it: a percentage with one decimal. */
export const printedShare = (part: number, total: number) => ((100 * part) / total).toFixed(1);

/** Victims per year from 2020 on, all published. */
export const victimsPerYear = (totals: readonly number[]) =>
  csvTable(
    'victims-per-year',
    'Year,Victims,Status',
    totals.map((n, i) => [2020 + i, n, published]),
  );
