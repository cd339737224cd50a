// Scores estimators on one cell of the capture scenarios (a scenario, K lists, N people): the same
// `replicates` drawn tables go to every estimator, which is judged on whether its interval covers N.
import { type CaptureScenario, drawCaptureTable } from './capture-scenarios.ts';
import { quantile } from '../src/estimation/quantile.ts';
import type { ScenarioEstimator } from './scenario-estimators.ts';

export type ScenarioCell = { readonly scenario: CaptureScenario; readonly lists: number; readonly size: number };

export type EstimatorCellScore = {
  readonly estimator: ScenarioEstimator;
  readonly replicates: number;
  /** Tables whose interval held N; a table without an estimate is not covered. */
  readonly covered: number;
  /** Why, for each table the estimator refused (no estimable model, too little overlap, …). */
  readonly notEstimable: readonly string[];
  /** Warnings of the estimates it gave (e.g. chains not converged), one per table that had one. */
  readonly warnings: readonly string[];
  /** Tables on which it threw anything else: a bug, with the message. */
  readonly errors: readonly string[];
  /** Means over the tables that gave an estimate (NaN when none did). */
  readonly meanRelativeBias: number;
  readonly meanWidthOverN: number;
  /** The median, beside the mean: a few very wide intervals make the mean, not the typical table. */
  readonly medianWidthOverN: number;
  readonly msPerTable: number;
};

export type ScenarioCellScore = ScenarioCell & {
  /** Mean share of the N people seen by at least one list. */
  readonly seenShare: number;
  readonly scores: readonly EstimatorCellScore[];
};

export type ScenarioRuns = { readonly replicates: number; readonly firstSeed: number };

/** Draws tables with seeds firstSeed … firstSeed + replicates − 1 (each cell its own stream). */
export function scoreScenarioCell(
  cell: ScenarioCell,
  estimators: readonly ScenarioEstimator[],
  { replicates, firstSeed }: ScenarioRuns,
): ScenarioCellScore {
  const sums = estimators.map(() => ({
    covered: 0,
    refused: [] as string[],
    errors: [] as string[],
    warnings: [] as string[],
    bias: 0,
    widths: [] as number[],
    n: 0,
    ms: 0,
  }));
  let seen = 0;
  for (let r = 0; r < replicates; r++) {
    const seed = firstSeed + r;
    const table = drawCaptureTable(cell, seed);
    seen += table.cells.reduce((s, c) => s + c.count, 0);
    estimators.forEach((estimator, e) => {
      const sum = sums[e] as (typeof sums)[number];
      const started = performance.now();
      try {
        const result = estimator.estimate(table, seed, cell);
        if ('notEstimable' in result) sum.refused.push(result.notEstimable);
        else {
          if (result.warning) sum.warnings.push(result.warning);
          sum.n++;
          if (result.lower <= cell.size && cell.size <= result.upper) sum.covered++;
          sum.bias += (result.nHat - cell.size) / cell.size;
          sum.widths.push((result.upper - result.lower) / cell.size);
        }
      } catch (error) {
        sum.errors.push(error instanceof Error ? error.message : String(error));
      }
      sum.ms += performance.now() - started;
    });
  }
  return {
    ...cell,
    seenShare: seen / replicates / cell.size,
    scores: sums.map((s, e) => ({
      estimator: estimators[e] as ScenarioEstimator,
      replicates,
      covered: s.covered,
      notEstimable: s.refused,
      errors: s.errors,
      warnings: s.warnings,
      meanRelativeBias: s.n > 0 ? s.bias / s.n : Number.NaN,
      meanWidthOverN: s.n > 0 ? s.widths.reduce((a, b) => a + b, 0) / s.n : Number.NaN,
      medianWidthOverN:
        s.n > 0
          ? quantile(
              [...s.widths].sort((a, b) => a - b),
              0.5,
            )
          : Number.NaN,
      msPerTable: s.ms / replicates,
    })),
  };
}
