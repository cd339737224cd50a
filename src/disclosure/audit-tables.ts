import { coordsKey, linkTables, TOTAL } from './link-tables.ts';
import { DEFAULT_THRESHOLD } from './protect-tables.ts';
import { createIntervalSolver, type LinearEquation, loadHighs } from './solve-feasible-interval.ts';
import type { AuditOptions, AuditResult, ProtectedTable, PublishedTable, SuppressionReason } from './table-types.ts';

type Occurrence = { tableId: string; key: readonly string[]; quantity: number; reason: SuppressionReason };

/**
 * The attacker: for every suppressed cell, the smallest and largest value it can take in any
 * non-negative table that agrees with everything published in every table (linked quantities are
 * one unknown). Safe when that interval covers [v − p, v + p] (clipped at 0) for a primary cell;
 * a secondary cell is publishable by itself and only has to contain its true value.
 */
export async function auditTables(
  original: readonly PublishedTable[],
  published: readonly ProtectedTable[],
  options: AuditOptions = {},
): Promise<AuditResult[]> {
  const level = options.protectionLevel ?? DEFAULT_THRESHOLD;
  const { quantities, lattices, equations } = linkTables(original);
  const known = new Map<number, number>();
  const occurrences: Occurrence[] = [];

  for (const table of published) {
    const lattice = lattices.find((l) => l.table.id === table.id);
    if (!lattice) throw new Error(`audit: published table ${table.id} has no original`);
    for (const cell of [...table.cells, ...table.margins]) {
      const coords = cell.key.map((v, i) => (v === TOTAL ? -1 : (lattice.domains[i] as readonly string[]).indexOf(v)));
      const quantity = lattice.byCoords.get(coordsKey(coords));
      if (quantity === undefined)
        throw new Error(`audit: table ${table.id} publishes ${cell.key.join('/')}, which its original lacks`);
      if ('value' in cell) {
        const truth = quantities[quantity]?.value as number;
        if (Math.abs(cell.value - truth) > 1e-9 * Math.max(1, truth)) {
          throw new Error(
            `audit: table ${table.id} publishes ${cell.key.join('/')} = ${cell.value}, original ${truth}`,
          );
        }
        known.set(quantity, cell.value);
      } else {
        occurrences.push({ tableId: table.id, key: cell.key, quantity, reason: cell.suppressed });
      }
    }
  }

  // Substitute what is published; group the remaining unknowns into independent components.
  const parent = quantities.map((q) => q.id);
  const find = (q: number): number => {
    let root = q;
    while (parent[root] !== root) {
      const grandparent = parent[parent[root] as number] as number;
      parent[root] = grandparent;
      root = grandparent;
    }
    return root;
  };
  const reduced: LinearEquation[] = [];
  for (const equation of equations) {
    const terms = new Map<number, number>();
    let rhs = 0;
    for (const [q, c] of [[equation.total, 1] as const, ...equation.parts.map((p) => [p, -1] as const)]) {
      const value = known.get(q);
      if (value === undefined) terms.set(q, (terms.get(q) ?? 0) + c);
      else rhs -= c * value;
    }
    if (terms.size === 0) continue;
    reduced.push({ terms, rhs });
    const [first, ...rest] = [...terms.keys()];
    for (const q of rest) parent[find(q)] = find(first as number);
  }
  const components = new Map<number, { unknowns: Set<number>; equations: LinearEquation[] }>();
  const component = (q: number) => {
    const root = find(q);
    const existing = components.get(root);
    if (existing) return existing;
    const created = { unknowns: new Set<number>(), equations: [] as LinearEquation[] };
    components.set(root, created);
    return created;
  };
  for (const equation of reduced) {
    const c = component(equation.terms.keys().next().value as number);
    c.equations.push(equation);
    for (const q of equation.terms.keys()) c.unknowns.add(q);
  }

  const highs = occurrences.length > 0 ? await loadHighs() : undefined;
  // One model per component, solved for all of its suppressed unknowns at once.
  const targets = new Map<number, number[]>();
  for (const { quantity } of occurrences) {
    const root = find(quantity);
    const list = targets.get(root) ?? [];
    if (!list.includes(quantity)) list.push(quantity);
    targets.set(root, list);
  }
  const intervals = new Map<number, { low: number; high: number }>();
  for (const [root, quantitiesInComponent] of targets) {
    const c = components.get(root);
    if (!c || !highs) continue;
    const solver = createIntervalSolver(highs, [...c.unknowns], c.equations);
    try {
      for (const [q, interval] of solver.intervals(quantitiesInComponent)) intervals.set(q, interval);
    } finally {
      solver.dispose();
    }
  }
  const unbounded = { low: 0, high: Number.POSITIVE_INFINITY };
  return occurrences.map((o) =>
    judge(o, quantities[o.quantity]?.value as number, intervals.get(o.quantity) ?? unbounded, level),
  );
}
function judge(
  { tableId, key, reason }: Occurrence,
  trueValue: number,
  feasible: { low: number; high: number },
  level: number,
): AuditResult {
  const p = level >= 1 ? level : level * trueValue;
  const protection =
    reason === 'secondary'
      ? { low: trueValue, high: trueValue }
      : { low: Math.max(0, trueValue - p), high: trueValue + p };
  const tolerance = 1e-6 * Math.max(1, trueValue);
  const safe = feasible.low <= protection.low + tolerance && feasible.high >= protection.high - tolerance;
  return { tableId, key, trueValue, feasible, protection, safe };
}
