import { type Corner, chooseHypercubes } from './choose-hypercubes.ts';
import type { LatticeCell, LinkedTables, Quantity, TableLattice } from './link-tables.ts';
import type { SuppressionReason } from './table-types.ts';

type Requirement = { readonly lattice: TableLattice; readonly quantity: number; corners: number[] };

/**
 * Secondary suppression by hypercubes over all tables together. Each suppressed quantity gets, in
 * every table that holds it (and that no other holding table contains), cubes of suppressed cells
 * that let it move by ±threshold (down to 0 at most) without changing any published total. A moved
 * corner that another table also publishes must be absorbed there too, so it becomes a requirement
 * in that table. Then every secondary cell, largest first, is published again when the cubes of
 * the requirements that used it can be rebuilt from the other suppressed cells.
 */
export function suppressSecondary(
  linked: LinkedTables,
  reasons: Map<number, SuppressionReason>,
  threshold: number,
): void {
  const { quantities, lattices } = linked;
  const values = quantities.map((q) => q.value);
  const largest = Math.max(1, ...values);
  const where = lattices.map(
    (lattice) => new Map([...lattice.interior, ...lattice.margins].map((cell) => [cell.quantity, cell])),
  );
  const subsumes = subsumption(lattices, quantities);
  const requirements = new Map<string, Requirement>();
  const queue: Requirement[] = [];
  const cubeCache = new Map<string, Corner[][]>();

  // A table whose every quantity another table also holds adds no equation of its own (year × age
  // band inside year × age band × sex): moves in the larger table already respect it.
  const enqueue = (quantity: number, from?: number): void => {
    const tables = (quantities[quantity] as Quantity).tables;
    for (const t of tables) {
      if (t === from || (from !== undefined && subsumes[from]?.[t])) continue;
      if (from === undefined && tables.some((o) => o !== t && subsumes[o]?.[t] && !(subsumes[t]?.[o] && o > t)))
        continue;
      const lattice = lattices[t] as TableLattice;
      const id = `${t}:${quantity}`;
      if (!lattice.derive || requirements.has(id)) continue;
      const requirement = { lattice, quantity, corners: [] };
      requirements.set(id, requirement);
      queue.push(requirement);
    }
  };

  const solve = (requirement: Requirement, allowNew: boolean, published?: number): number[] | undefined => {
    const { lattice, quantity } = requirement;
    const cell = where[lattice.index]?.get(quantity) as LatticeCell;
    const isSuppressed = (q: number) => reasons.has(q) && q !== published;
    const cost = (q: number): number => {
      if (!allowNew || q === published) return Number.POSITIVE_INFINITY;
      const stars = where[lattice.index]?.get(q)?.coords.filter((x) => x < 0).length ?? 0;
      const shared = (quantities[q] as Quantity).tables.some(
        (t) => t !== lattice.index && !subsumes[lattice.index]?.[t],
      )
        ? 3
        : 0;
      return 1 + 2 * stars + shared + (values[q] as number) / largest / 2;
    };
    const value = values[quantity] as number;
    return chooseHypercubes(
      { lattice, coords: cell.coords, up: threshold, down: Math.min(value, threshold) },
      { values, isSuppressed, cost, cubeCache },
    );
  };

  for (const quantity of reasons.keys()) enqueue(quantity);
  while (queue.length > 0) {
    const requirement = queue.shift() as Requirement;
    const { lattice } = requirement;
    // No cube at all (a table too sparse): the whole table goes, which always protects.
    requirement.corners = solve(requirement, true) ?? [...lattice.interior, ...lattice.margins].map((c) => c.quantity);
    for (const corner of requirement.corners) {
      if (!reasons.has(corner)) reasons.set(corner, 'secondary');
      if ((quantities[corner] as Quantity).tables.length > 1) enqueue(corner, lattice.index);
    }
  }

  const secondary = [...reasons].filter(([, reason]) => reason === 'secondary').map(([q]) => q);
  secondary.sort((a, b) => (values[b] as number) - (values[a] as number));
  for (const candidate of secondary) {
    const affected = [...requirements.values()].filter(
      (r) => r.quantity !== candidate && r.corners.includes(candidate),
    );
    const rebuilt = affected.map((r) => solve(r, false, candidate));
    if (rebuilt.some((corners) => corners === undefined)) continue;
    // A rebuilt cube may move a shared cell that no other table was asked to absorb: keep it hidden.
    const absorbed = affected.every((r, i) =>
      (rebuilt[i] as number[]).every((corner) =>
        (quantities[corner] as Quantity).tables.every(
          (t) =>
            t === r.lattice.index ||
            subsumes[r.lattice.index]?.[t] ||
            !lattices[t]?.derive ||
            requirements.has(`${t}:${corner}`),
        ),
      ),
    );
    if (!absorbed) continue;
    reasons.delete(candidate);
    for (const [i, r] of affected.entries()) r.corners = rebuilt[i] as number[];
    for (const [id, r] of requirements) if (r.quantity === candidate) requirements.delete(id);
  }
}

/** subsumes[a][b]: table a publishes every quantity of table b, with its totals (so its equations). */
function subsumption(lattices: readonly TableLattice[], quantities: readonly Quantity[]): boolean[][] {
  return lattices.map((a) =>
    lattices.map(
      (b) =>
        a !== b &&
        a.fullTotals &&
        [...b.interior, ...b.margins].every((cell) => (quantities[cell.quantity] as Quantity).tables.includes(a.index)),
    ),
  );
}
