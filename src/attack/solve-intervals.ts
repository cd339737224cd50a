/**
 * For every count under attack, the least and the most its true value can be given everything
 * the attacker believes: its bounds when no relation ties it to others, else the min and max of
 * the linear program of its connected group, rounded inwards to whole numbers.
 */
import type { Highs } from 'highs';
import type { Interval } from './attack-model.ts';
import { createIntervalModel } from './highs-interval-model.ts';
import type { Problem } from './prepare-problem.ts';
import { lpRows } from './repair-infeasible.ts';

export type LpStats = { components: number; variables: number; constraints: number; solves: number };

export function solveIntervals(
  highs: Highs,
  problem: Problem,
  targets: readonly number[],
): { intervals: Map<number, Interval>; stats: LpStats } {
  const intervals = new Map<number, Interval>();
  const byComponent = new Map<number, number[]>();
  for (const q of targets) {
    const component = problem.componentOf.get(q);
    if (component === undefined) intervals.set(q, problem.bounds[q] as Interval);
    else byComponent.set(component, [...(byComponent.get(component) ?? []), q]);
  }
  const stats: LpStats = { components: 0, variables: 0, constraints: 0, solves: 0 };
  for (const [index, wanted] of byComponent) {
    const component = problem.components[index];
    if (!component) continue;
    const column = new Map(component.quantities.map((q, i) => [q, i]));
    const model = createIntervalModel(
      highs,
      component.quantities.map((q) => problem.bounds[q] as Interval),
      lpRows(component),
    );
    try {
      const ranges = model.ranges(wanted.map((q) => column.get(q) as number));
      wanted.forEach((q, i) => {
        const range = ranges[i] as Interval;
        intervals.set(q, { lo: Math.ceil(range.lo - 1e-6) + 0, hi: Math.floor(range.hi + 1e-6) + 0 });
      });
    } finally {
      stats.solves += model.solves;
      model.dispose();
    }
    stats.components++;
    stats.variables += component.quantities.length;
    stats.constraints += component.constraints.length;
  }
  return { intervals, stats };
}
