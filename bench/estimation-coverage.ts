// The estimators `npm run eval:estimation` compares, the simulated samples they are scored on (a
// chain's ground truth gives each child's sources, so linkage error is left out) and the scoring.
import {
  bmaDecomposable,
  bootstrapInterval,
  type CaptureTable,
  estimatePopulationSize,
  fitHeterogeneityModel,
  type StratumEstimate,
  type StratumNotEstimable,
  selectLogLinearModel,
  sumStratumEstimates,
  toCaptureTable,
  toStratifiedCaptureTables,
} from '../src/estimation/index.ts';
// Straight from the two modules, not the pipeline's index: the estimator alone, without the stages.
import { estimationLists } from '../src/pipeline/estimate-hidden-victims.ts';
import { ageBandOf } from '../src/pipeline/load-capture-counts.ts';
import { simulateChain } from '../src/synthetic/index.ts';

export type Interval = { nHat: number; lower: number; upper: number };
export type Sample = {
  table: CaptureTable;
  strata: readonly { stratum: string; table: CaptureTable }[];
  truth: number;
  seed: number;
};
/** `published`: the estimator the pipeline runs and the monitor publishes; the others are comparisons. */
export type Estimator = { name: string; published?: true; estimate: (sample: Sample) => Interval | null };

function stratumEstimate(
  table: CaptureTable,
  estimate: (t: CaptureTable) => Interval | null,
): StratumEstimate | StratumNotEstimable {
  const observed = table.cells.reduce((s, c) => s + c.count, 0);
  const e = estimate(table);
  return e ? { observed, ...e } : { observed, notEstimable: 'no estimate for this stratum' };
}

function bicPairwise(table: CaptureTable): Interval | null {
  const chosen = selectLogLinearModel(table, { criterion: 'bic' }).chosen;
  return chosen ? { nHat: chosen.nHat, lower: chosen.interval.lower, upper: chosen.interval.upper } : null;
}

function heterogeneity(table: CaptureTable): Interval | null {
  const { fit } = fitHeterogeneityModel(table);
  return fit.status === 'ok' ? { nHat: fit.nHat, lower: fit.interval.lower, upper: fit.interval.upper } : null;
}

function stratified(estimate: (t: CaptureTable) => Interval | null) {
  return (sample: Sample): Interval | null => {
    const sum = sumStratumEstimates(sample.strata.map((s) => stratumEstimate(s.table, estimate)));
    return sum.status === 'ok' ? { nHat: sum.nHat, lower: sum.lower, upper: sum.upper } : null;
  };
}

/** Every estimator is fixed before the evaluation seeds are drawn; none has a knob set from them. */
export const estimators: readonly Estimator[] = [
  { name: 'BIC-chosen pairwise model, profile interval', estimate: (s) => bicPairwise(s.table) },
  {
    name: 'BIC-chosen pairwise model, bootstrap with model choice (200)',
    estimate: (s) => {
      const b = bootstrapInterval(s.table, { seed: s.seed, replicates: 200, criterion: 'bic' });
      return { nHat: b.nHat, lower: b.lower, upper: b.upper };
    },
  },
  { name: 'Stratified (age band × sex), BIC pairwise per stratum, summed', estimate: stratified(bicPairwise) },
  {
    name: 'Bayesian model averaging, decomposable graphs (median)',
    estimate: (s) => {
      const b = bmaDecomposable(s.table);
      return { nHat: b.median, lower: b.interval.lower, upper: b.interval.upper };
    },
  },
  { name: 'All pairs + common three-way heterogeneity term, profile', estimate: (s) => heterogeneity(s.table) },
  { name: 'Stratified (age band × sex), heterogeneity model per stratum, summed', estimate: stratified(heterogeneity) },
  {
    name: 'The published rule combining the heterogeneity families only when the three-way test shows it (until 2026-12-07)',
    estimate: (s) => {
      const e = estimatePopulationSize(s.table, { everyPairPositive: false });
      return e.status === 'ok' ? { nHat: e.total, lower: e.lower, upper: e.upper } : null;
    },
  },
  {
    name: 'The published rule without comparing the families’ fit: latent classes only when the test fires (until 2026-12-07)',
    estimate: (s) => {
      const e = estimatePopulationSize(s.table, { compareFit: false });
      return e.status === 'ok' ? { nHat: e.total, lower: e.lower, upper: e.upper } : null;
    },
  },
  {
    name: 'The pipeline estimate stage (estimatePopulationSize)',
    published: true,
    estimate: (s) => {
      const e = estimatePopulationSize(s.table);
      return e.status === 'ok' ? { nHat: e.total, lower: e.lower, upper: e.upper } : null;
    },
  },
];

/** One simulated year; capture histories from the truth's per-child source sets (no linkage error). */
export function sampleOf(seed: number, year: number, scale: number): Sample {
  const { truth } = simulateChain({ seed, yearFrom: year, yearTo: year, scale });
  const lists = estimationLists.map((l) => l.name);
  const seen: { stratum: string; history: boolean[] }[] = [];
  for (const v of truth.victims) {
    const history = estimationLists.map((l) => l.sources.some((s) => v.sources.includes(s)));
    if (!history.some(Boolean)) continue;
    // age in the year of the incident: the stratum a registration's birth year-month gives
    const age = year - Number(v.date_of_birth.slice(0, 4));
    seen.push({ stratum: `${ageBandOf(age)}/${v.sex}`, history });
  }
  return {
    table: toCaptureTable(
      seen.map((s) => s.history),
      lists,
    ),
    strata: toStratifiedCaptureTables(seen, lists),
    truth: truth.victims.length,
    seed,
  };
}

export type CoverageScore = {
  readonly runs: number;
  /** Runs whose 95% interval held the true number; a run the estimator failed on is not covered. */
  readonly covered: number;
  readonly failed: number;
  /** Means over the runs that gave an estimate. */
  readonly meanRelativeError: number;
  readonly meanAbsoluteRelativeError: number;
  readonly meanWidthOverTruth: number;
  readonly msPerRun: number;
};

export type CoverageRuns = {
  readonly runs: number;
  readonly scale: number;
  readonly year: number;
  readonly firstSeed: number;
};

/** Scores each estimator on the same `runs` simulated years (seeds firstSeed, firstSeed + 1, …). */
export function scoreEstimators(
  chosen: readonly Estimator[],
  { runs, scale, year, firstSeed }: CoverageRuns,
  onSample: (sample: Sample, run: number) => void = () => {},
): CoverageScore[] {
  const sums = chosen.map(() => ({ covered: 0, failed: 0, relError: 0, absRelError: 0, width: 0, n: 0, ms: 0 }));
  for (let r = 0; r < runs; r++) {
    const sample = sampleOf(firstSeed + r, year, scale);
    onSample(sample, r);
    chosen.forEach((estimator, e) => {
      const sum = sums[e] as (typeof sums)[number];
      const t0 = performance.now();
      const result = estimator.estimate(sample);
      sum.ms += performance.now() - t0;
      if (!result) {
        sum.failed++;
        return;
      }
      sum.n++;
      if (result.lower <= sample.truth && sample.truth <= result.upper) sum.covered++;
      sum.relError += (result.nHat - sample.truth) / sample.truth;
      sum.absRelError += Math.abs(result.nHat - sample.truth) / sample.truth;
      sum.width += (result.upper - result.lower) / sample.truth;
    });
  }
  return sums.map((s) => ({
    runs,
    covered: s.covered,
    failed: s.failed,
    meanRelativeError: s.relError / s.n,
    meanAbsoluteRelativeError: s.absRelError / s.n,
    meanWidthOverTruth: s.width / s.n,
    msPerRun: s.ms / runs,
  }));
}
