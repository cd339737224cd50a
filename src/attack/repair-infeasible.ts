/**
 * When the believed relations contradict each other or the published numbers, some relation is
 * false. Per contradiction, the families that shape it are tried from the least supported up: the
 * first whose removal alone makes that part feasible is dropped; if none does, the least
 * supported one goes and the search repeats. Ends when every group of unknowns is feasible.
 */
import type { Highs } from 'highs';
import type { ModelBuilder } from './attack-model.ts';
import { createIntervalModel } from './highs-interval-model.ts';
import { type Component, type Conflict, type Problem, prepareProblem } from './prepare-problem.ts';

export type Repair = { readonly problem: Problem; readonly dropped: ReadonlySet<number>; readonly solves: number };

export function repairInfeasible(highs: Highs, builder: ModelBuilder): Repair {
  const dropped = new Set<number>();
  const known = new Map<string, boolean>();
  let solves = 0;
  const feasible = (problem: Problem, component: Component) => {
    const key = `${component.quantities.join(',')}|${[...component.families].sort((a, b) => a - b).join(',')}`;
    let answer = known.get(key);
    if (answer === undefined) {
      const model = createIntervalModel(
        highs,
        component.quantities.map((q) => problem.bounds[q] as { lo: number; hi: number }),
        lpRows(component),
      );
      answer = model.feasible();
      solves += model.solves;
      model.dispose();
      known.set(key, answer);
    }
    return answer;
  };
  const firstConflict = (problem: Problem, within?: readonly number[]): Conflict | undefined => {
    const touches = (quantities: readonly number[]) => !within || quantities.some((q) => within.includes(q));
    const visible = problem.conflicts.find((c) => touches(c.quantities));
    if (visible) return visible;
    const component = problem.components.find((c) => touches(c.quantities) && !feasible(problem, c));
    return component && { quantities: component.quantities, families: component.families };
  };
  for (;;) {
    const problem = prepareProblem(builder, dropped);
    const conflict = firstConflict(problem);
    if (!conflict) return { problem, dropped, solves };
    const suspects = [...conflict.families]
      .filter((f) => !dropped.has(f) && builder.families[f]?.support !== Number.POSITIVE_INFINITY)
      .sort((a, b) => (builder.families[a]?.support ?? 0) - (builder.families[b]?.support ?? 0) || b - a);
    if (suspects.length === 0) throw new Error('attacker: a contradiction that no relation explains');
    const culprit =
      suspects
        .slice(0, 16)
        .find((f) => !firstConflict(prepareProblem(builder, new Set([...dropped, f])), conflict.quantities)) ??
      (suspects[0] as number);
    dropped.add(culprit);
  }
}

/** A component's relations as LP rows over its own column numbering. */
export function lpRows(component: Component) {
  const column = new Map(component.quantities.map((q, i) => [q, i]));
  return component.constraints.map((c) => ({
    terms: c.terms.map(([q, coefficient]) => [column.get(q) as number, coefficient] as const),
    lo: c.lo,
    hi: c.hi,
  }));
}
