import { type AttackReport, attackPublication, type PublishedTable, parsePublishedTable } from '../attack/index.ts';
import { maxNoise } from '../disclosure/index.ts';
import type { EditionTable } from './edition-table.ts';
import { type Breach, disclosureThreshold, type OutsideAttack, protectionLevel } from './protect-edition-tables.ts';
import { readerTableCsv } from './table-downloads.ts';

/** The published tables as the attacker reads them: the English downloads, byte for byte as the site has them. */
export const publishedForAttack = (tables: readonly EditionTable[]): PublishedTable[] =>
  tables.map((table) => parsePublishedTable(table.id, readerTableCsv(table, 'en')));

const labelsKey = (labels: Readonly<Record<string, string>>) => JSON.stringify(Object.entries(labels).sort());

/**
 * The outside attack (src/attack, which shares no code with disclosure control) on what an edition
 * would publish, as the gate `protectEditionTables` runs: the rows whose counts it narrows below
 * ±`protectionLevel`. A count it finds to be zero is not a breach (zeros are published as they are;
 * a zero describes nobody). A published count that is narrowed withholds its own row; a withheld
 * one that is still narrowed withholds the published row beside it in the same table (the same
 * labels but one) with the smallest value in that column, as secondary suppression would.
 */
export const outsideAttack: OutsideAttack = async (tables) => {
  const published = publishedForAttack(tables);
  const report = await attackPublication(published, {
    maxNoise,
    protection: protectionLevel,
    threshold: disclosureThreshold,
  });
  return { audited: report.cells.length, breaches: breachedRows(published, report) };
};

export function breachedRows(published: readonly PublishedTable[], report: AttackReport): Breach[] {
  const byId = new Map(published.map((t) => [t.id, t]));
  const breaches = new Map<string, Breach>();
  const add = (b: Breach) => breaches.set(`${b.tableId}\u0000${b.row}`, b);
  for (const cell of report.cells) {
    if (!cell.breached || cell.high === 0) continue;
    const table = byId.get(cell.tableId);
    if (!table) continue;
    const labelColumns = table.columns.flatMap((c, i) => (c.kind === 'dimension' ? [i] : []));
    const labelsOf = (row: PublishedTable['rows'][number]) =>
      Object.fromEntries(labelColumns.map((i) => [table.columns[i]?.label ?? '', row.fields[i] ?? '']));
    const key = labelsKey(cell.row);
    const index = table.rows.findIndex((r) => labelsKey(labelsOf(r)) === key);
    if (index < 0) continue;
    const detail = `${cell.column} [${Object.values(cell.row).join(', ')}] narrowed to ${cell.low}–${cell.high}`;
    if (table.rows[index]?.status === 'published') {
      add({ tableId: cell.tableId, row: index, detail });
      continue;
    }
    const column = table.columns.findIndex((c) => c.label === cell.column);
    const differsInOne = (labels: Record<string, string>) =>
      Object.entries(cell.row).filter(([k, v]) => labels[k] !== v).length === 1;
    const siblings = table.rows
      .map((row, i) => ({ row, i }))
      .filter(({ row }) => row.status === 'published' && differsInOne(labelsOf(row)))
      .sort((a, b) => (a.row.numbers[column] ?? Infinity) - (b.row.numbers[column] ?? Infinity));
    const sibling = siblings[0];
    // with no published sibling the withheld row itself is named: withholding cannot help, publication stops
    add({ tableId: cell.tableId, row: sibling?.i ?? index, detail });
  }
  return [...breaches.values()];
}
