import { cellKeySuffix, computeIndicators, indicatorRegistry } from '../indicators/index.ts';
import type { Store } from '../store/index.ts';
import { type Edition, readEdition } from './create-edition.ts';
import type { CellValue, EditionTable, EditionTables } from './edition-table.ts';
import { estimatePerYearTable } from './estimate-per-year-table.ts';
import { outsideAttack } from './outside-attack.ts';
import { type OutsideAttack, protectEditionTables } from './protect-edition-tables.ts';
import { publicEstimate } from './public-estimate.ts';
import { withEditionViews } from './with-edition-views.ts';

/** Indicator values as tables (breakdown columns first), before disclosure control. */
export function indicatorTables(values: Readonly<Record<string, readonly Record<string, unknown>[]>>): EditionTable[] {
  return [...indicatorRegistry.values()].map((definition) => {
    const rows = values[definition.id] ?? [];
    const all = rows[0] ? Object.keys(rows[0]) : [...definition.breakdowns];
    const keys = all.filter((c) => c.endsWith(cellKeySuffix));
    // a count that only feeds a ratio (`n_…`) travels in `values` to disclosure control, which drops it
    const columns = all.filter((c) => !c.endsWith(cellKeySuffix));
    const dimensions = columns.filter((c) => definition.breakdowns.includes(c));
    return {
      id: definition.id,
      title: definition.title,
      definition: definition.definition,
      unit: definition.unit,
      dimensions,
      measures: columns.filter((c) => !dimensions.includes(c) && !c.startsWith('n_')),
      rows: rows.map((row) => ({
        values: Object.fromEntries(columns.map((c) => [c, (row[c] ?? null) as CellValue])),
        status: 'published' as const,
        cellKeys: Object.fromEntries(keys.map((k) => [k.slice(0, -cellKeySuffix.length), Number(row[k] ?? 0)])),
      })),
    };
  });
}

/** Every indicator of an edition as a table, computed from what the edition froze, before disclosure control. */
export async function computeEditionTables(store: Store, edition: Edition): Promise<EditionTable[]> {
  return indicatorTables(await withEditionViews(store, edition.id, () => computeIndicators(store, edition.period)));
}

/**
 * Computes every indicator of an edition from the deliveries, linkage and estimate it froze, and
 * puts the count tables through disclosure control. The same edition always gives the same tables.
 */
export async function buildEditionTables(
  store: Store,
  editionId: string,
  options: {
    readonly attack?: OutsideAttack | null;
    /** Told how many counts the outside attack bounded, and in how many seconds. */
    readonly onAudit?: (audit: { readonly counts: number; readonly seconds: number }) => void;
  } = {},
): Promise<EditionTables> {
  const edition = await readEdition(store, editionId);
  const tables = await computeEditionTables(store, edition);
  const [frozen] = await store.all<{ estimate: string; linkage: string }>(
    'SELECT CAST(estimate AS VARCHAR) AS estimate, CAST(linkage AS VARCHAR) AS linkage FROM edition WHERE edition_id = ?',
    [edition.id],
  );
  const deliveries = await store.all<{
    delivery_id: string;
    source: string;
    record_type: string;
    period: string;
    rows_accepted: number;
    rows_quarantined: number;
  }>(
    `SELECT d.delivery_id, d.source, d.record_type, d.period, d.rows_accepted, d.rows_quarantined
     FROM delivery d JOIN edition_delivery e ON e.delivery_id = d.delivery_id AND e.edition_id = ? ORDER BY d.delivery_id`,
    [edition.id],
  );
  const estimate: unknown = JSON.parse(frozen?.estimate ?? 'null');
  const perYear = estimatePerYearTable(estimate);
  const {
    tables: protectedTables,
    disclosure,
    auditSeconds,
  } = await protectEditionTables(perYear ? [...tables, perYear] : tables, {
    attack: options.attack === undefined ? outsideAttack : options.attack,
  });
  options.onAudit?.({ counts: disclosure.audited, seconds: auditSeconds });
  return {
    edition,
    tables: protectedTables,
    estimate: publicEstimate(estimate, protectedTables),
    linkage: JSON.parse(frozen?.linkage ?? 'null'),
    disclosure,
    deliveries: deliveries.map((d) => ({
      deliveryId: d.delivery_id,
      source: d.source,
      recordType: d.record_type,
      period: d.period,
      rowsAccepted: d.rows_accepted,
      rowsQuarantined: d.rows_quarantined,
    })),
  };
}
