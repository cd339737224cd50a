import { coordsKey, type TableLattice } from './link-tables.ts';

/**
 * A hypercube around a cell: one partner value per dimension ('*' allowed), 2^d corners. Moving the
 * corners by ±δ keeps every total of the table unchanged, so the cell can move by δ for an attacker
 * who sees everything outside the suppressed corners.
 */
export type Corner = { readonly quantity: number; readonly sign: 1 | -1 };

export type HypercubeNeed = {
  readonly lattice: TableLattice;
  readonly coords: readonly number[];
  /** How far the cell must be able to rise, and to fall. */
  readonly up: number;
  readonly down: number;
};

export type HypercubeContext = {
  readonly values: readonly number[];
  readonly isSuppressed: (quantity: number) => boolean;
  /** Cost of suppressing one more cell; Infinity forbids it. */
  readonly cost: (quantity: number) => number;
  /** Cubes already enumerated, by table and cell; reused across calls. */
  readonly cubeCache?: Map<string, Corner[][]>;
};

const EPS = 1e-9;

/**
 * Chooses hypercubes whose corners, once suppressed, let the cell move `up` and `down`. One cube
 * usually suffices; a small margin may need one cube per child. Returns the corners to suppress,
 * or undefined when no set of cubes gives the protection.
 */
export function chooseHypercubes(need: HypercubeNeed, context: HypercubeContext): number[] | undefined {
  const cacheKey = `${need.lattice.index}:${coordsKey(need.coords)}`;
  const cubes = context.cubeCache?.get(cacheKey) ?? enumerateCubes(need.lattice, need.coords);
  context.cubeCache?.set(cacheKey, cubes);
  // Capacity each quantity has left to fall, separately for the attacker's max and min problems.
  const capacityUp = new Map<number, number>();
  const capacityDown = new Map<number, number>();
  const left = (map: Map<number, number>, q: number) => map.get(q) ?? (context.values[q] as number);
  let needUp = need.up;
  let needDown = need.down;
  const chosen = new Set<number>();
  const used = new Set<number>();

  while (needUp > EPS || needDown > EPS) {
    let best: { index: number; up: number; down: number; score: number; complete: boolean } | undefined;
    for (const [index, corners] of cubes.entries()) {
      if (used.has(index)) continue;
      let up = needUp;
      let down = needDown;
      let cost = 0;
      for (const [i, corner] of corners.entries()) {
        if (i === 0) continue;
        if (corner.sign < 0) up = Math.min(up, left(capacityUp, corner.quantity));
        else down = Math.min(down, left(capacityDown, corner.quantity));
        if (!context.isSuppressed(corner.quantity) && !chosen.has(corner.quantity))
          cost += context.cost(corner.quantity);
        if (!Number.isFinite(cost)) break;
      }
      if (!Number.isFinite(cost)) continue;
      const complete = up >= needUp - EPS && down >= needDown - EPS;
      const progress = (needUp > EPS ? up / needUp : 0) + (needDown > EPS ? down / needDown : 0);
      if (progress <= EPS) continue;
      const score = complete ? -cost : progress / (1 + cost) - 1e6;
      if (!best || (complete && !best.complete) || (complete === best.complete && score > best.score)) {
        best = { index, up, down, score, complete };
      }
    }
    if (!best) return undefined;
    used.add(best.index);
    for (const [i, corner] of (cubes[best.index] as Corner[]).entries()) {
      if (i > 0) chosen.add(corner.quantity);
      if (corner.sign < 0) capacityUp.set(corner.quantity, left(capacityUp, corner.quantity) - best.up);
      else capacityDown.set(corner.quantity, left(capacityDown, corner.quantity) - best.down);
    }
    needUp -= best.up;
    needDown -= best.down;
  }
  return [...chosen];
}

/**
 * Every hypercube through the cell whose corners all exist; corner 0 is the cell itself. It spans
 * the summable dimensions only: the others split the table into blocks that share no total.
 */
function enumerateCubes(lattice: TableLattice, coords: readonly number[]): Corner[][] {
  const dims = coords.flatMap((_, dim) => (lattice.summable[dim] ? [dim] : []));
  const partnerOptions = dims.map((dim) => {
    const c = coords[dim] as number;
    const options: number[] = [];
    if (c >= 0) options.push(-1);
    for (let v = 0; v < (lattice.domains[dim] as readonly string[]).length; v++) if (v !== c) options.push(v);
    return options;
  });
  const cubes: Corner[][] = [];
  const partner = new Array<number>(dims.length).fill(0);
  const visit = (level: number): void => {
    if (level === dims.length) {
      const corners: Corner[] = [];
      for (let mask = 0; mask < 1 << dims.length; mask++) {
        let sign: 1 | -1 = 1;
        const corner = [...coords];
        for (const [i, dim] of dims.entries()) {
          if (!(mask & (1 << i))) continue;
          const c = coords[dim] as number;
          const p = partner[i] as number;
          // Along a line of two ordinary values the corners move in opposite directions; a total
          // moves with its part.
          if (c >= 0 && p >= 0) sign = sign === 1 ? -1 : 1;
          corner[dim] = p;
        }
        const quantity = lattice.byCoords.get(coordsKey(corner));
        if (quantity === undefined) return;
        corners.push({ quantity, sign });
      }
      cubes.push(corners);
      return;
    }
    for (const option of partnerOptions[level] as number[]) {
      partner[level] = option;
      visit(level + 1);
    }
  };
  visit(0);
  return cubes;
}
