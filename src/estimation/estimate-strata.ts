import type { CaptureTableOf } from './capture-tables-by.ts';
import {
  estimatePopulationSize,
  type PopulationSizeOptions,
  type PopulationSizeResult,
} from './estimate-population-size.ts';
import { type StratumSum, sumStratumEstimates } from './sum-stratum-estimates.ts';

export interface StrataEstimate {
  /** One result per table, in their order: the estimate, or why there is none. */
  readonly strata: readonly { readonly key: CaptureTableOf['key']; readonly result: PopulationSizeResult }[];
  /** Their total: not estimable, with those strata named, when one of them is not. */
  readonly sum: StratumSum;
}

/**
 * The published estimator (`estimatePopulationSize`) on each table of a stratification (per year,
 * per age band …), and the total over them. A stratum without an estimate stays in the answer with
 * its reason; the total then says which strata it lacks instead of leaving them out.
 */
export function estimateStrata(tables: readonly CaptureTableOf[], options: PopulationSizeOptions = {}): StrataEstimate {
  const strata = tables.map(({ key, table }) => ({ key, result: estimatePopulationSize(table, options) }));
  const sum = sumStratumEstimates(
    strata.map(({ result }) =>
      result.status === 'ok'
        ? { observed: result.observed, nHat: result.total, lower: result.lower, upper: result.upper }
        : { observed: result.observed, notEstimable: result.reason },
    ),
  );
  return { strata, sum };
}
