import { auditTables, type ProtectedTable, type PublishedTable, protectTables } from '../disclosure/index.ts';
import { EditionError } from './edition-error.ts';
import type { DisclosureSummary, EditionTable, EditionTableRow, SuppressionReason } from './edition-table.ts';

/**
 * The tables that count children or suspects and the column holding that count. Each goes through
 * disclosure control before it is written; a suppressed count withholds its whole row (the shares
 * beside it would give it away).
 */
export const protectedCounts: Readonly<Record<string, string>> = {
  'victims-per-year-by-source': 'victims',
  'victims-per-year': 'registered',
  'victims-by-age-band': 'victims',
  'victims-by-sex': 'victims',
  'repeat-victimisation': 'children',
  'help-contact-after-report': 'with_contact',
  'suspects-per-year': 'suspects',
  'suspects-by-age-band': 'suspects',
  'suspects-by-sex': 'suspects',
};

/** A count below this many persons is not published. */
export const disclosureThreshold = 10;

const keyOf = (key: readonly string[]) => JSON.stringify(key);

/** Applies threshold and secondary suppression to the count tables and audits the result. */
export async function protectEditionTables(tables: readonly EditionTable[]): Promise<{ tables: EditionTable[]; disclosure: DisclosureSummary }> {
  const originals: PublishedTable[] = tables
    .filter((t) => t.protectedMeasure !== null)
    .map((t) => ({
      id: t.id,
      dimensions: t.dimensions,
      // Known gap: these tables mix categories with an 'all' row (distinct persons, not a sum), so
      // their totals cannot simply be derived; until the equalities between tables (e.g. age bands
      // summing to the year's total) are stated, only what each table itself publishes is protected.
      totals: 'none',
      cells: t.rows.map((r) => ({ key: t.dimensions.map((d) => String(r.values[d])), value: Number(r.values[t.protectedMeasure ?? ''] ?? 0) })),
    }));
  const published = protectTables(originals, { threshold: disclosureThreshold, secondary: true });
  const audit = await auditTables(originals, published, { protectionLevel: disclosureThreshold });
  const unsafe = audit.filter((a) => !a.safe);
  if (unsafe.length > 0) {
    const first = unsafe[0] as (typeof unsafe)[number];
    throw new EditionError(
      `disclosure audit failed for ${unsafe.length} suppressed cell(s), e.g. ${first.tableId} [${first.key.join(', ')}] can be narrowed to ${first.feasible.low}–${first.feasible.high}: nothing is published`,
    );
  }
  const byId = new Map<string, ProtectedTable>(published.map((p) => [p.id, p]));
  const suppressed: Record<SuppressionReason, number> = { threshold: 0, dominance: 0, secondary: 0 };
  const protectedTables = tables.map((table) => {
    const result = byId.get(table.id);
    if (!result) return table;
    const reasons = new Map<string, SuppressionReason>();
    for (const cell of result.cells) if ('suppressed' in cell) reasons.set(keyOf(cell.key), cell.suppressed);
    const rows = table.rows.map((row): EditionTableRow => {
      const reason = reasons.get(keyOf(table.dimensions.map((d) => String(row.values[d]))));
      if (!reason) return row;
      suppressed[reason] += 1;
      const values = Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, table.measures.includes(k) ? null : v]));
      return { values, status: reason };
    });
    return { ...table, rows };
  });
  return {
    tables: protectedTables,
    disclosure: {
      threshold: disclosureThreshold,
      tables: originals.length,
      cells: originals.reduce((n, t) => n + t.cells.length, 0),
      suppressed,
      audited: audit.length,
      safe: audit.filter((a) => a.safe).length,
    },
  };
}
