/**
 * Turns the believed relations into what the solver needs: each count's bounds (the publication's
 * own, narrowed by single-count relations, rounded to whole numbers), counts that are then fixed
 * substituted out, and the remaining relations split into connected groups of unknowns. Also lists
 * the contradictions visible without a solver, each with the families that could be to blame.
 */
import type { Constraint, Interval, ModelBuilder, Term } from './attack-model.ts';

export type Component = {
  readonly quantities: readonly number[];
  readonly constraints: readonly { readonly terms: readonly Term[]; readonly lo: number; readonly hi: number }[];
  /** Families whose relations or bounds shape this group: the suspects when it is infeasible. */
  readonly families: ReadonlySet<number>;
};

export type Conflict = { readonly quantities: readonly number[]; readonly families: ReadonlySet<number> };

export type Problem = {
  readonly bounds: readonly Interval[];
  readonly components: readonly Component[];
  readonly componentOf: ReadonlyMap<number, number>;
  readonly conflicts: readonly Conflict[];
};

const tolerance = 1e-6;

export function prepareProblem(builder: ModelBuilder, dropped: ReadonlySet<number>): Problem {
  const active = builder.constraints.filter((c) => !dropped.has(c.family));
  const bounds = builder.bounds.map((b) => ({ lo: b.lo, hi: b.hi }));
  const boundFamilies = new Map<number, Set<number>>();
  for (const constraint of active) {
    if (constraint.terms.length !== 1) continue;
    const [q, c] = constraint.terms[0] as Term;
    const b = bounds[q] as { lo: number; hi: number };
    const [lo, hi] = c > 0 ? [constraint.lo / c, constraint.hi / c] : [constraint.hi / c, constraint.lo / c];
    b.lo = Math.max(b.lo, Math.ceil(lo - tolerance));
    b.hi = Math.min(b.hi, Math.floor(hi + tolerance));
    boundFamilies.set(q, (boundFamilies.get(q) ?? new Set()).add(constraint.family));
  }
  const conflicts: Conflict[] = [];
  const familiesOf = (quantities: readonly number[], extra?: number) => {
    const families = new Set<number>(extra === undefined ? [] : [extra]);
    for (const q of quantities) for (const f of boundFamilies.get(q) ?? []) families.add(f);
    return families;
  };
  bounds.forEach((b, q) => {
    if (b.lo > b.hi) conflicts.push({ quantities: [q], families: familiesOf([q]) });
  });
  const fixed = (q: number) => bounds[q]?.lo === bounds[q]?.hi;
  const parent = new Map<number, number>();
  const find = (q: number): number => {
    const p = parent.get(q) ?? q;
    if (p === q) return q;
    const root = find(p);
    parent.set(q, root);
    return root;
  };
  const residuals: (Constraint & { all: readonly number[] })[] = [];
  for (const constraint of active) {
    if (constraint.terms.length === 1) continue;
    let shift = 0;
    const terms = constraint.terms.filter(([q, c]) => {
      if (!fixed(q)) return true;
      shift += c * (bounds[q]?.lo ?? 0);
      return false;
    });
    const all = constraint.terms.map(([q]) => q);
    const [lo, hi] = [constraint.lo - shift, constraint.hi - shift];
    if (terms.length === 0) {
      if (lo > tolerance || hi < -tolerance)
        conflicts.push({ quantities: all, families: familiesOf(all, constraint.family) });
      continue;
    }
    for (const [q] of terms) {
      if (!parent.has(q)) parent.set(q, q);
      parent.set(find(q), find(terms[0]?.[0] as number));
    }
    residuals.push({ terms, lo, hi, family: constraint.family, all });
  }
  const byRoot = new Map<number, { quantities: number[]; constraints: typeof residuals }>();
  for (const q of parent.keys()) {
    const root = find(q);
    const group = byRoot.get(root) ?? { quantities: [], constraints: [] };
    group.quantities.push(q);
    byRoot.set(root, group);
  }
  for (const residual of residuals) byRoot.get(find(residual.terms[0]?.[0] as number))?.constraints.push(residual);
  const components: Component[] = [];
  const componentOf = new Map<number, number>();
  for (const group of byRoot.values()) {
    const families = familiesOf(group.constraints.flatMap((c) => c.all));
    for (const c of group.constraints) families.add(c.family);
    for (const q of group.quantities) componentOf.set(q, components.length);
    components.push({
      quantities: group.quantities.sort((x, y) => x - y),
      constraints: group.constraints.map(({ terms, lo, hi }) => ({ terms, lo, hi })),
      families,
    });
  }
  return { bounds, components, componentOf, conflicts };
}
