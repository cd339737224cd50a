/**
 * Evidence for a group share from outside its table: when each group shows a single share, the
 * table cannot tell whether the share is of the group's total, but the totals it implies can be
 * compared with the counts of other tables. If they equal one of them on enough rows (victims by
 * sex, implied yearly totals = victims per year), the reading is believed.
 */
import type { CountView, ModelBuilder, Term } from './attack-model.ts';
import { checkRelation, judgeChecks } from './check-relation.ts';
import { matchViews } from './match-views.ts';

/** The most rows on which the totals equal a count of another view without a failure; 0 if none. */
export function confirmGroupTotals(totals: CountView, others: readonly CountView[], builder: ModelBuilder): number {
  let best = 0;
  for (const other of others) {
    if (other.tableId === totals.derivedFrom || other.dimensions.length !== totals.dimensions.length) continue;
    const match = matchViews(other, totals);
    if (!match || match.summed.length > 0) continue;
    for (let column = 0; column < other.columns.length; column++) {
      const checks = match.instances.map((instance) => {
        const terms: Term[] = instance.a.map((cells): Term => [cells[column] as number, 1]);
        if (instance.b) terms.push([instance.b[0] as number, -1]);
        return checkRelation(terms, '=', builder.quantities, builder.options.maxNoise);
      });
      const verdict = judgeChecks(checks, { ...builder.options, signTest: true });
      // (minCoverage applies: the totals and the other table's counts are different tables.)
      if (verdict.accepted) best = Math.max(best, verdict.support);
    }
  }
  return best;
}
