/**
 * Links between consecutive periods of a table ordered by a year or date dimension: one count of
 * a row equals another count of the row of the previous period with the same other labels (the
 * stock at the end of one half-year is the stock at the start of the next). A pair of headers
 * that read as start and end of the same thing needs one checked row; any other pair needs the
 * usual support, since few rows of a heavily withheld table can be checked.
 */
import type { ModelBuilder, Term } from './attack-model.ts';
import { checkRelation, judgeChecks } from './check-relation.ts';
import type { TableView } from './register-tables.ts';

const periodLike = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const startWords = /\b(start|opening|beginning|begin)\b/i;
const endWords = /\b(end|closing|eind)\b/i;

/** Whether `next` and `previous` name the start and end of the same stock. */
export function isStartEndPair(next: string, previous: string): boolean {
  if (!startWords.test(next) || !endWords.test(previous)) return false;
  return next.replace(startWords, '·').toLowerCase() === previous.replace(endWords, '·').toLowerCase();
}

export function findPeriodLinks(tableViews: readonly TableView[], builder: ModelBuilder): void {
  for (const { table, view } of tableViews) {
    const counts = table.columns.filter((c) => c.kind === 'count').length;
    view.dimensions.forEach((dimension, p) => {
      const periods = [...new Set(view.rows.map((row) => row.key[p] ?? ''))].sort();
      if (periods.length < 2 || !periods.every((label) => periodLike.test(label))) return;
      const byOthers = new Map<string, Map<string, readonly number[]>>();
      for (const row of view.rows) {
        const others = JSON.stringify(row.key.filter((_, j) => j !== p));
        const series = byOthers.get(others) ?? new Map<string, readonly number[]>();
        series.set(row.key[p] ?? '', row.cells);
        byOthers.set(others, series);
      }
      const pairs: [readonly number[], readonly number[]][] = [];
      for (const series of byOthers.values())
        for (let i = 1; i < periods.length; i++) {
          const [previous, next] = [series.get(periods[i - 1] ?? ''), series.get(periods[i] ?? '')];
          if (previous && next) pairs.push([previous, next]);
        }
      for (let c1 = 0; c1 < counts; c1++)
        for (let c2 = 0; c2 < counts; c2++) {
          if (c1 === c2) continue;
          const hinted = isStartEndPair(view.columns[c1] ?? '', view.columns[c2] ?? '');
          const instances = pairs.map(([previous, next]): Term[] => [
            [next[c1] as number, 1],
            [previous[c2] as number, -1],
          ]);
          const verdict = judgeChecks(
            instances.map((terms) => checkRelation(terms, '=', builder.quantities, builder.options.maxNoise)),
            { minSupport: hinted ? 1 : builder.options.minSupport, maxNoise: builder.options.maxNoise, signTest: true },
          );
          if (!verdict.accepted) continue;
          builder.addFamily(
            'period',
            `${table.id}: ${view.columns[c1]} = ${view.columns[c2]} of the previous ${dimension} (holds on ${verdict.support} of ${verdict.checked} checkable pairs${hinted ? '; headers read as start and end' : ''})`,
            verdict.support,
            instances
              .filter((terms) => terms.some(([q]) => builder.bounds[q]?.lo !== builder.bounds[q]?.hi))
              .map((terms) => ({ terms, lo: 0, hi: 0 })),
          );
        }
    });
  }
}
