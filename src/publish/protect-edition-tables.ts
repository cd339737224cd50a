import { type AuditResult, auditTables, type ProtectedTable, protectTables } from '../disclosure/index.ts';
import type { CountTable } from './count-tables.ts';
import { disclosureSpecs } from './disclosure-specs.ts';
import { EditionError } from './edition-error.ts';
import type { DisclosureSummary, EditionTable, EditionTableRow, SuppressionReason } from './edition-table.ts';

/** A count below this many persons, registrations or cases is not published. */
export const disclosureThreshold = 10;

/** The most telling reason first: a row withheld for its own small count says so. */
const precedence: readonly SuppressionReason[] = ['threshold', 'dominance', 'secondary'];

export type ProtectEditionOptions = {
  /** Complementary suppression; off only to show what the attack then recovers. Default true. */
  readonly secondary?: boolean;
  /** Return the tables even when the audit finds a cell that can be narrowed down (for that same demonstration). */
  readonly allowUnsafe?: boolean;
};

/**
 * Disclosure control over all count tables of an edition together (see disclosure-specs.ts for
 * which sums link them): threshold and secondary suppression, then the LP attacker's audit of every
 * suppressed cell. A suppressed count withholds its whole row, since the shares, means and other
 * counts beside it would give it away. Nothing is returned when the audit fails.
 */
export async function protectEditionTables(
  tables: readonly EditionTable[],
  options: ProtectEditionOptions = {},
): Promise<{ tables: EditionTable[]; disclosure: DisclosureSummary; audit: AuditResult[] }> {
  const countTables: { table: number; counts: CountTable }[] = [];
  for (const [index, table] of tables.entries()) {
    const spec = disclosureSpecs[table.id];
    if (!spec)
      throw new Error(`indicator ${table.id} has no disclosure spec: add it to src/publish/disclosure-specs.ts`);
    for (const counts of spec.counts(table)) countTables.push({ table: index, counts });
  }
  const originals = countTables.map((c) => c.counts);
  const published = protectTables(originals, { threshold: disclosureThreshold, secondary: options.secondary ?? true });
  const audit = await auditTables(originals, published, { protectionLevel: disclosureThreshold });
  const unsafe = audit.filter((a) => !a.safe);
  if (unsafe.length > 0 && !options.allowUnsafe) {
    const first = unsafe[0] as (typeof unsafe)[number];
    throw new EditionError(
      `disclosure audit failed for ${unsafe.length} suppressed cell(s), e.g. ${first.tableId} [${first.key.join(', ')}] can be narrowed to ${first.feasible.low}–${first.feasible.high}: nothing is published`,
    );
  }

  // Rows to withhold per edition table, with the most telling reason of any of their cells.
  const withheld = tables.map(() => new Map<number, SuppressionReason>());
  const byId = new Map<string, ProtectedTable>(published.map((p) => [p.id, p]));
  for (const { table, counts } of countTables) {
    const result = byId.get(counts.id) as ProtectedTable;
    for (const [i, cell] of result.cells.entries()) {
      if (!('suppressed' in cell)) continue;
      for (const row of counts.rows[i] ?? []) {
        const seen = withheld[table]?.get(row);
        if (!seen || precedence.indexOf(cell.suppressed) < precedence.indexOf(seen))
          withheld[table]?.set(row, cell.suppressed);
      }
    }
  }

  const suppressed: Record<SuppressionReason, number> = { threshold: 0, dominance: 0, secondary: 0 };
  const protectedTables = tables.map((table, t) => {
    const reasons = withheld[t] as Map<number, SuppressionReason>;
    const cleared =
      disclosureSpecs[table.id]?.clearDependents?.(table, new Set(reasons.keys())) ??
      new Map<number, readonly string[]>();
    if (reasons.size === 0 && cleared.size === 0) return table;
    const rows = table.rows.map((row, index): EditionTableRow => {
      const reason = reasons.get(index);
      const hide = reason ? table.measures : (cleared.get(index) ?? []);
      if (hide.length === 0) return row;
      if (reason) suppressed[reason] += 1;
      const values = Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, hide.includes(k) ? null : v]));
      return { values, status: reason ?? row.status };
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
    audit,
  };
}
