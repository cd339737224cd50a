/**
 * The outside attacker, end to end: from the published tables alone, rebuild the relations
 * between their counts, then bound every withheld or perturbed count by linear programming, and
 * report each one whose feasible interval is narrower than the protection promise.
 */
import { type AttackOptions, type CountView, type Interval, ModelBuilder, resolveOptions } from './attack-model.ts';
import { findPeriodLinks } from './find-period-links.ts';
import { findRowIdentities } from './find-row-identities.ts';
import { findShareRelations } from './find-share-relations.ts';
import { findSumRelations } from './find-sum-relations.ts';
import { loadHighs } from './highs-interval-model.ts';
import type { PublishedTable } from './published-table.ts';
import { registerTables } from './register-tables.ts';
import { repairInfeasible } from './repair-infeasible.ts';
import { type LpStats, solveIntervals } from './solve-intervals.ts';
import { totalSlices } from './total-slices.ts';

export type AttackedCell = {
  readonly tableId: string;
  /** The row's dimension labels by column label. */
  readonly row: Readonly<Record<string, string>>;
  readonly column: string;
  /** The Status column as printed. */
  readonly status: string;
  /** The published (perturbed) count, or null when withheld. */
  readonly published: number | null;
  /** The true count lies in [low, high] for all the attacker can tell; high is Infinity when unbounded. */
  readonly low: number;
  readonly high: number;
  /** high − low < 2 × protection: the attacker can place the true count within ± protection. */
  readonly breached: boolean;
  /** low = high: the true count is known. */
  readonly pinned: boolean;
  /** The same count is published in another table (an equality found with a published cell). */
  readonly publishedElsewhere: boolean;
};

export type AttackReport = {
  readonly options: { maxNoise: number; threshold: number; protection: number; minSupport: number };
  readonly tables: readonly { id: string; rows: number; withheldRows: number; columns: Record<string, string[]> }[];
  /** Every withheld count, and with noise (D > 0) every published count other than zero. */
  readonly cells: readonly AttackedCell[];
  readonly relations: readonly { kind: string; text: string; support: number; constraints: number }[];
  readonly dropped: readonly string[];
  readonly lp: LpStats & { feasibilitySolves: number };
  readonly timings: { relationsMs: number; solveMs: number; totalMs: number };
};

export async function attackPublication(
  tables: readonly PublishedTable[],
  options: AttackOptions,
): Promise<AttackReport> {
  return (await runAttack(tables, options)).report;
}

/** The report, and the interval of every count cell by `cellKey` (published exact ones too). */
export async function runAttack(
  tables: readonly PublishedTable[],
  options: AttackOptions,
): Promise<{ report: AttackReport; intervals: Map<string, AttackedCell> }> {
  const resolved = resolveOptions(options);
  const { now, maxNoise, threshold, protection, minSupport } = resolved;
  const start = now();
  const builder = new ModelBuilder(resolved);
  const shares = findShareRelations(registerTables(tables, builder), builder);
  const tableViews: CountView[] = shares.tableViews.map((tv) => tv.view);
  const views = [...tableViews, ...shares.groupTotals];
  findSumRelations([...views, ...views.flatMap(totalSlices)], builder);
  findRowIdentities(shares.tableViews, builder);
  findPeriodLinks(shares.tableViews, builder);
  const relationsDone = now();
  const highs = await loadHighs();
  const repair = repairInfeasible(highs, builder);
  const cells = builder.quantities.filter((q) => q.origin === 'cell');
  const { intervals, stats } = solveIntervals(
    highs,
    repair.problem,
    cells.map((q) => q.id),
  );
  const elsewhere = publishedElsewhere(builder, repair.dropped);
  const intervalByKey = new Map<string, AttackedCell>();
  const attacked: AttackedCell[] = [];
  for (const q of cells) {
    const range = intervals.get(q.id) as Interval;
    const cell: AttackedCell = {
      tableId: q.tableId,
      row: q.row,
      column: q.column,
      status: q.statusText,
      published: q.published ? q.published.lo : null,
      low: range.lo,
      high: range.hi,
      breached: range.hi - range.lo < 2 * protection,
      pinned: range.lo === range.hi,
      publishedElsewhere: elsewhere.has(q.id),
    };
    intervalByKey.set(cellKey(cell), cell);
    if (!q.published || (maxNoise > 0 && q.published.hi > 0)) attacked.push(cell);
  }
  const constraintsOf = new Map<number, number>();
  for (const c of builder.constraints) constraintsOf.set(c.family, (constraintsOf.get(c.family) ?? 0) + 1);
  const end = now();
  const report: AttackReport = {
    options: { maxNoise, threshold, protection, minSupport },
    tables: tables.map((table) => ({
      id: table.id,
      rows: table.rows.length,
      withheldRows: table.rows.filter((row) => row.status !== 'published').length,
      columns: columnsByKind(table),
    })),
    cells: attacked,
    relations: builder.families
      .filter((f) => !repair.dropped.has(f.id))
      .map((f) => ({ kind: f.kind, text: f.text, support: f.support, constraints: constraintsOf.get(f.id) ?? 0 })),
    dropped: [...repair.dropped].map((f) => builder.families[f]?.text ?? `family ${f}`),
    lp: { ...stats, feasibilitySolves: repair.solves },
    timings: { relationsMs: relationsDone - start, solveMs: end - relationsDone, totalMs: end - start },
  };
  return { report, intervals: intervalByKey };
}

/** One key per table, row and column, the same in two editions of a publication. */
export function cellKey(cell: Pick<AttackedCell, 'tableId' | 'row' | 'column'>): string {
  const row = Object.entries(cell.row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([cell.tableId, row, cell.column]);
}

function columnsByKind(table: PublishedTable): Record<string, string[]> {
  const byKind: Record<string, string[]> = {};
  for (const column of table.columns) byKind[column.kind] = [...(byKind[column.kind] ?? []), column.label];
  return byKind;
}

/** Cells an accepted equality ties one to one to a published cell of another table. */
function publishedElsewhere(builder: ModelBuilder, dropped: ReadonlySet<number>): Set<number> {
  const found = new Set<number>();
  for (const constraint of builder.constraints) {
    const kind = builder.families[constraint.family]?.kind;
    if (dropped.has(constraint.family) || (kind !== 'equality' && kind !== 'sum') || constraint.terms.length !== 2)
      continue;
    const [[p, a] = [0, 0], [q, b] = [0, 0]] = constraint.terms;
    if (a + b !== 0) continue;
    const [x, y] = [builder.quantities[p], builder.quantities[q]];
    if (x?.origin === 'cell' && y?.origin === 'cell' && y.published) found.add(p);
    if (x?.origin === 'cell' && y?.origin === 'cell' && x.published) found.add(q);
  }
  return found;
}
