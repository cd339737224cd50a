import type { PublishedTable } from './table-types.ts';

/** '*' in a key, and -1 in coordinates, mark a summed dimension. */
export const TOTAL = '*';

/**
 * One quantity an attacker could learn. Two tables that publish the same canonical key (the same
 * values for the same named dimensions, the rest summed) with the same true value publish one
 * quantity: a year total in 'year × source' and in 'year × age band × sex' is one number.
 */
export type Quantity = {
  readonly id: number;
  readonly value: number;
  readonly contributors: readonly number[] | undefined;
  /** Indices of the tables that publish it. */
  readonly tables: number[];
  /** Whether it is an interior cell in at least one table (else only ever a margin). */
  interior: boolean;
};

export type LatticeCell = {
  readonly coords: readonly number[];
  readonly key: readonly string[];
  readonly quantity: number;
};

export type TableLattice = {
  readonly index: number;
  readonly table: PublishedTable;
  readonly derive: boolean;
  /** Whether every margin is published (not only the sums over some dimensions). */
  readonly fullTotals: boolean;
  /** Per dimension: whether sums over it are published. */
  readonly summable: readonly boolean[];
  /** Distinct values per dimension, sorted. */
  readonly domains: readonly (readonly string[])[];
  /** Interior cells in input order. */
  readonly interior: readonly LatticeCell[];
  /** Margins and the grand total (empty when totals are 'none'). */
  readonly margins: readonly LatticeCell[];
  /** coords.join(',') → quantity id, for interior cells and margins. */
  readonly byCoords: ReadonlyMap<string, number>;
};

/** A published total equals the sum of the interior cells under it. */
export type Equation = { readonly total: number; readonly parts: readonly number[] };

export type LinkedTables = {
  readonly quantities: readonly Quantity[];
  readonly lattices: readonly TableLattice[];
  readonly equations: readonly Equation[];
};

export function coordsKey(coords: readonly number[]): string {
  return coords.join(',');
}

/** Builds every table's margins and links the quantities that tables share. */
export function linkTables(tables: readonly PublishedTable[]): LinkedTables {
  const quantities: Quantity[] = [];
  const byLinkKey = new Map<string, number>();
  const equations: Equation[] = [];

  const byIdentity = new Map<string, { value: number; where: string }>();

  const quantityFor = (
    tableIndex: number,
    table: PublishedTable,
    key: readonly string[],
    value: number,
    contributors: readonly number[] | undefined,
    interior: boolean,
  ): number => {
    const identity = table.identities?.[JSON.stringify(key)];
    let linkKey: string;
    if (identity !== undefined) {
      const seen = byIdentity.get(identity);
      if (seen && seen.value !== value) {
        throw new Error(
          `identity ${identity}: ${seen.where} is ${seen.value} but table ${table.id} [${key.join(', ')}] is ${value}`,
        );
      }
      byIdentity.set(identity, { value, where: `table ${table.id} [${key.join(', ')}]` });
      linkKey = `identity:${identity}`;
    } else {
      const canonical = table.dimensions
        .map((dimension, i) => [dimension, key[i] ?? TOTAL] as const)
        .filter(([, v]) => v !== TOTAL)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([dimension, v]) => `${dimension}=${v}`)
        .join('|');
      linkKey = `${canonical}#${value}`;
    }
    let id = byLinkKey.get(linkKey);
    if (id === undefined) {
      id = quantities.length;
      quantities.push({ id, value, contributors, tables: [], interior });
      byLinkKey.set(linkKey, id);
    }
    const quantity = quantities[id] as Quantity;
    if (!quantity.tables.includes(tableIndex)) quantity.tables.push(tableIndex);
    if (interior) quantity.interior = true;
    return id;
  };

  const lattices = tables.map((table, index): TableLattice => {
    const d = table.dimensions.length;
    const domains = table.dimensions.map((_, i) => [...new Set(table.cells.map((c) => c.key[i] as string))].sort());
    const byCoords = new Map<string, number>();
    const interiorCoords: number[][] = [];
    const interior = table.cells.map((cell): LatticeCell => {
      if (cell.key.length !== d)
        throw new Error(`table ${table.id}: key ${cell.key.join('/')} has ${cell.key.length} parts, expected ${d}`);
      if (cell.key.includes(TOTAL)) throw new Error(`table ${table.id}: '${TOTAL}' is reserved for margins`);
      if (!Number.isFinite(cell.value) || cell.value < 0)
        throw new Error(`table ${table.id}: cell ${cell.key.join('/')} is not a non-negative number`);
      const coords = cell.key.map((v, i) => (domains[i] as string[]).indexOf(v));
      if (byCoords.has(coordsKey(coords))) throw new Error(`table ${table.id}: duplicate cell ${cell.key.join('/')}`);
      const quantity = quantityFor(index, table, cell.key, cell.value, cell.contributors, true);
      byCoords.set(coordsKey(coords), quantity);
      interiorCoords.push(coords);
      return { coords, key: cell.key, quantity };
    });
    const totals = table.totals ?? 'derive';
    const over = typeof totals === 'object' ? totals.over : totals === 'derive' ? table.dimensions : [];
    for (const dimension of over) {
      if (!table.dimensions.includes(dimension))
        throw new Error(`table ${table.id}: totals over '${dimension}', which is not one of its dimensions`);
    }
    const summable = table.dimensions.map((dimension) => over.includes(dimension));
    const summableMask = summable.reduce((mask, s, dim) => (s ? mask | (1 << dim) : mask), 0);
    const derive = summableMask !== 0;
    const fullTotals = derive && summable.every(Boolean);
    if (!derive) return { index, table, derive, fullTotals, summable, domains, interior, margins: [], byCoords };

    // Every margin: each non-empty set of summable dimensions, over the interior cells under it.
    type Sum = { coords: number[]; value: number; contributors: number[] | undefined; parts: number[] };
    const sums = new Map<string, Sum>();
    for (const [i, cell] of table.cells.entries()) {
      const coords = interiorCoords[i] as number[];
      const quantity = (interior[i] as LatticeCell).quantity;
      for (let mask = 1; mask < 1 << d; mask++) {
        if ((mask & summableMask) !== mask) continue;
        const marginCoords = coords.map((c, dim) => (mask & (1 << dim) ? -1 : c));
        const k = coordsKey(marginCoords);
        let sum = sums.get(k);
        if (!sum) {
          sum = { coords: marginCoords, value: 0, contributors: undefined, parts: [] };
          sums.set(k, sum);
        }
        sum.value += cell.value;
        sum.parts.push(quantity);
        if (cell.contributors) sum.contributors = [...(sum.contributors ?? []), ...cell.contributors];
      }
    }
    const margins = [...sums.values()]
      .sort((a, b) => stars(a.coords) - stars(b.coords) || compareCoords(a.coords, b.coords))
      .map((sum): LatticeCell => {
        const key = sum.coords.map((c, dim) => (c < 0 ? TOTAL : ((domains[dim] as string[])[c] as string)));
        const quantity = quantityFor(index, table, key, sum.value, sum.contributors, false);
        byCoords.set(coordsKey(sum.coords), quantity);
        equations.push({ total: quantity, parts: sum.parts });
        return { coords: sum.coords, key, quantity };
      });
    return { index, table, derive, fullTotals, summable, domains, interior, margins, byCoords };
  });
  return { quantities, lattices, equations };
}

function stars(coords: readonly number[]): number {
  return coords.filter((c) => c < 0).length;
}

function compareCoords(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] as number) - (b[i] as number);
    if (diff !== 0) return diff;
  }
  return 0;
}
