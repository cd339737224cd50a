/**
 * Tells the kind of each column from the numbers and the header alone, so that the attacker needs
 * no list of column ids from the publisher: a column filled in on withheld rows too is a label of
 * the row; whole non-negative numbers are counts unless the header marks them as a percentage,
 * duration, age or estimate; a header with "(%)" is a share.
 */
import type { ColumnKind, RowStatus } from './published-table.ts';

type RowForClassifying = {
  readonly fields: readonly string[];
  readonly numbers: readonly (number | null)[];
  readonly status: RowStatus;
};

const shareHeader = /\(%\)/;
const statisticHeader =
  /%|\((days|years|dagen|jaren|jaar)\)|\b(mean|median|average|most common|gemiddelde?|mediaan|meest)\b|estimated|geschat|\bbound\b|grens|interval|\bper\b|norm \(|target|doel/i;
const yearHeader = /year|jaar|period|periode|date|datum/i;
const yearLike = /^(19|20)\d\d$/;

export function classifyColumns(header: readonly string[], rows: readonly RowForClassifying[]): ColumnKind[] {
  const hasWithheld = rows.some((row) => row.status !== 'published');
  return header.map((label, i) => {
    const texts = rows.map((row) => row.fields[i] ?? '');
    const filled = texts.filter((t) => t !== '');
    const numbers = rows.flatMap((row) => (row.fields[i] ? [row.numbers[i] ?? null] : []));
    const numeric = filled.length > 0 && numbers.every((n) => n !== null);
    const alwaysFilled = filled.length === rows.length && rows.length > 0;
    // A label is filled in on withheld rows too; a number filled in everywhere is a label only if
    // it reads as a year (a count may be shown on a row whose other counts are withheld).
    if (alwaysFilled && !numeric) return 'dimension';
    if (alwaysFilled && filled.every((t) => yearLike.test(t)) && (hasWithheld || yearHeader.test(label)))
      return 'dimension';
    // A column that is empty on every row (all withheld) is judged by its header alone.
    if (!numeric && filled.length > 0) return 'statistic';
    if (shareHeader.test(label)) return 'share';
    if (statisticHeader.test(label)) return 'statistic';
    const whole = (numbers as number[]).every((n) => Number.isInteger(n) && n >= 0);
    if (filled.length === 0) return 'count';
    if (!whole) return 'statistic';
    return isRank(i, header, rows) ? 'order' : 'count';
  });
}

/**
 * A column that numbers a text label 1, 2, …, n the same way on every row (a step's order in a
 * funnel) labels the row; it is not a count of anything.
 */
function isRank(column: number, header: readonly string[], rows: readonly RowForClassifying[]): boolean {
  const published = rows.filter((row) => row.numbers[column] !== null && row.numbers[column] !== undefined);
  const values = new Set(published.map((row) => row.numbers[column] as number));
  if (values.size < 3 || Math.min(...values) !== 1 || Math.max(...values) !== values.size) return false;
  return header.some((_, other) => {
    if (other === column) return false;
    const byLabel = new Map<string, number>();
    for (const row of published) {
      const label = row.fields[other] ?? '';
      if (label === '' || row.numbers[other] !== null) return false;
      const value = row.numbers[column] as number;
      if ((byLabel.get(label) ?? value) !== value) return false;
      byLabel.set(label, value);
    }
    return byLabel.size === values.size;
  });
}
