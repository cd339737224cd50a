/**
 * One linear program per connected group of unknowns, in HiGHS (WebAssembly): feasible or not,
 * and the min and max of each unknown, solved with only the objective changed between runs so
 * that each solve starts from the previous basis.
 */
import type { Highs } from 'highs';
import type { Interval } from './attack-model.ts';

let loading: Promise<Highs> | undefined;

/** HiGHS, loaded once per process. */
export function loadHighs(): Promise<Highs> {
  // The package ships CommonJS and ESM builds; its types describe the CommonJS default export.
  loading ??= import('highs').then((module) => (module.default as unknown as () => Promise<Highs>)());
  return loading;
}

/** lo ≤ Σ coefficient · x[column] ≤ hi. */
export type LpRow = {
  readonly terms: readonly (readonly [column: number, coefficient: number])[];
  readonly lo: number;
  readonly hi: number;
};

export type IntervalModel = {
  feasible(): boolean;
  /** Min and max of each column; a max is Infinity when unbounded. All minima first, then all maxima. */
  ranges(columns: readonly number[]): Interval[];
  readonly solves: number;
  dispose(): void;
};

export function createIntervalModel(highs: Highs, columns: readonly Interval[], rows: readonly LpRow[]): IntervalModel {
  const inf = highs.infinity;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    for (const [column, coefficient] of row.terms) {
      indices.push(column);
      values.push(coefficient);
    }
    starts.push(indices.length);
  }
  const finite = (x: number) => (x === Number.POSITIVE_INFINITY ? inf : x === Number.NEGATIVE_INFINITY ? -inf : x);
  const model = highs.createModel({
    numCols: columns.length,
    numRows: rows.length,
    colCost: new Array<number>(columns.length).fill(0),
    colLower: columns.map((c) => finite(c.lo)),
    colUpper: columns.map((c) => finite(c.hi)),
    rowLower: rows.map((r) => finite(r.lo)),
    rowUpper: rows.map((r) => finite(r.hi)),
    matrix: { format: 'csr', numRows: rows.length, numCols: columns.length, starts, indices, values },
  });
  model.options.set({ output_flag: false });
  const status = highs.constants.modelStatus;
  let solves = 0;
  let costed: number | undefined;
  const run = (column: number | undefined, sense: 'minimize' | 'maximize') => {
    if (costed !== undefined) model.changeColCost(costed, 0);
    if (column !== undefined) model.changeColCost(column, 1);
    costed = column;
    model.changeObjectiveSense(highs.constants.objectiveSense[sense]);
    model.run();
    solves++;
    return model.getModelStatus();
  };
  return {
    feasible() {
      const result = run(undefined, 'minimize');
      if (result === status.optimal) return true;
      if (result === status.infeasible || result === status.unboundedOrInfeasible) return false;
      throw new Error(`attacker LP feasibility: HiGHS model status ${result}`);
    },
    ranges(wanted) {
      const solve = (column: number, sense: 'minimize' | 'maximize') => {
        const result = run(column, sense);
        if (result === status.optimal) return model.getObjectiveValue();
        if (sense === 'maximize' && (result === status.unbounded || result === status.unboundedOrInfeasible))
          return Number.POSITIVE_INFINITY;
        throw new Error(`attacker LP ${sense} column ${column}: HiGHS model status ${result}`);
      };
      const lows = wanted.map((column) => solve(column, 'minimize'));
      return wanted.map((column, i) => ({ lo: lows[i] as number, hi: solve(column, 'maximize') }));
    },
    get solves() {
      return solves;
    },
    dispose() {
      model.dispose();
    },
  };
}
