/**
 * Differencing: two publications of overlapping data (an edition before and after a correction,
 * two editions sharing periods). Each is attacked on its own; for every count cell present in
 * both, the true difference lies between the two intervals' extremes. A difference the attacker
 * can place within ± protection that is a small non-zero number of records is revealed: the
 * changed records are few, and the attacker knows how many.
 */
import type { AttackOptions } from './attack-model.ts';
import { type AttackedCell, type AttackReport, cellKey, runAttack } from './attack-publication.ts';
import type { PublishedTable } from './published-table.ts';

type Side = { readonly published: number | null; readonly status: string; readonly low: number; readonly high: number };

export type DifferenceCell = {
  readonly tableId: string;
  readonly row: Readonly<Record<string, string>>;
  readonly column: string;
  readonly before: Side;
  readonly after: Side;
  /** true before − true after lies in [low, high]. */
  readonly low: number;
  readonly high: number;
  readonly revealed: boolean;
};

export type DifferenceReport = {
  readonly before: AttackReport;
  readonly after: AttackReport;
  /** Count cells present in both publications. */
  readonly compared: number;
  /** Cells whose difference is certainly not zero. */
  readonly changed: number;
  /** Every count cell in both, with the interval of its change. */
  readonly cells: readonly DifferenceCell[];
  readonly revealed: readonly DifferenceCell[];
};

export async function attackDifference(
  before: readonly PublishedTable[],
  after: readonly PublishedTable[],
  options: AttackOptions,
): Promise<DifferenceReport> {
  const first = await runAttack(before, options);
  const second = await runAttack(after, options);
  const small = (options.threshold ?? 10) - 1;
  const cells: DifferenceCell[] = [];
  const side = (cell: AttackedCell): Side => ({
    published: cell.published,
    status: cell.status,
    low: cell.low,
    high: cell.high,
  });
  for (const [key, one] of first.intervals) {
    const two = second.intervals.get(key);
    if (!two) continue;
    const low = one.low - two.high;
    const high = one.high - two.low;
    const narrow = high - low < 2 * options.protection;
    const fewRecords = (low >= 1 && high <= small) || (high <= -1 && low >= -small);
    cells.push({
      tableId: one.tableId,
      row: one.row,
      column: one.column,
      before: side(one),
      after: side(two),
      low,
      high,
      revealed: narrow && fewRecords,
    });
  }
  cells.sort((x, y) => (cellKey(x) < cellKey(y) ? -1 : 1));
  const compared = cells.length;
  const changed = cells.filter((c) => c.low > 0 || c.high < 0).length;
  const revealed = cells.filter((c) => c.revealed);
  return { before: first.report, after: second.report, compared, changed, cells, revealed };
}
