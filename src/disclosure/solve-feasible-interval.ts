import type { Highs } from 'highs';

/** A linear equation over unknown quantities: Σ coefficient · x = rhs. */
export type LinearEquation = { readonly terms: ReadonlyMap<number, number>; readonly rhs: number };

export type IntervalSolver = {
  /** Min and max of each unknown over every non-negative solution; high is Infinity when unbounded. */
  intervals(quantities: readonly number[]): Map<number, { low: number; high: number }>;
  dispose(): void;
};

let loading: Promise<Highs> | undefined;

/** HiGHS compiled to WebAssembly, loaded once per process. */
export function loadHighs(): Promise<Highs> {
  // The package is CommonJS with an ESM build; its types describe the CommonJS shape.
  loading ??= import('highs').then((module) => (module.default as unknown as () => Promise<Highs>)());
  return loading;
}

/**
 * One HiGHS model per connected set of unknowns, solved 2 × |unknowns| times with only the
 * objective changed, so that each solve starts from the previous basis.
 */
export function createIntervalSolver(
  highs: Highs,
  unknowns: readonly number[],
  equations: readonly LinearEquation[],
): IntervalSolver {
  const column = new Map(unknowns.map((q, i) => [q, i]));
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const equation of equations) {
    for (const [q, c] of equation.terms) {
      indices.push(column.get(q) as number);
      values.push(c);
    }
    starts.push(indices.length);
  }
  const rhs = equations.map((e) => e.rhs);
  const model = highs.createModel({
    numCols: unknowns.length,
    numRows: equations.length,
    colCost: new Array<number>(unknowns.length).fill(0),
    // An attacker knows that counts are not negative.
    colLower: new Array<number>(unknowns.length).fill(0),
    colUpper: new Array<number>(unknowns.length).fill(highs.infinity),
    rowLower: rhs,
    rowUpper: rhs,
    matrix: { format: 'csr', numRows: equations.length, numCols: unknowns.length, starts, indices, values },
  });
  model.options.set({ output_flag: false });
  const status = highs.constants.modelStatus;
  let previous: number | undefined;

  // All minima, then all maxima: consecutive solves share the sense, so the last basis stays useful.
  const bound = (col: number, sense: 'minimize' | 'maximize'): number => {
    if (previous !== undefined) model.changeColCost(previous, 0);
    model.changeColCost(col, 1);
    previous = col;
    model.run();
    const result = model.getModelStatus();
    if (result === status.optimal) return model.getObjectiveValue();
    if (sense === 'maximize' && (result === status.unbounded || result === status.unboundedOrInfeasible))
      return Number.POSITIVE_INFINITY;
    throw new Error(
      `attacker LP for column ${col}: HiGHS model status ${result} (the published values are inconsistent)`,
    );
  };

  return {
    intervals(quantities) {
      const cols = quantities.filter((q) => column.has(q));
      const low = new Map<number, number>();
      model.changeObjectiveSense(highs.constants.objectiveSense.minimize);
      for (const q of cols) low.set(q, bound(column.get(q) as number, 'minimize'));
      const result = new Map(quantities.map((q) => [q, { low: 0, high: Number.POSITIVE_INFINITY }]));
      model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
      for (const q of cols)
        result.set(q, { low: low.get(q) as number, high: bound(column.get(q) as number, 'maximize') });
      return result;
    },
    dispose() {
      model.dispose();
    },
  };
}
