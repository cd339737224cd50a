import {
  type CaptureTable,
  type CovariateCaptureTable,
  captureTablesBy,
  covariateFamily,
  type DroppedList,
  type DroppedTerm,
  estimatePopulationSize,
  estimateStrata,
  type FamilyFitComparison,
  type ModelFamilyEstimate,
  type PopulationSizeOptions,
} from '../estimation/index.ts';
import type { Store } from '../store/index.ts';
import { compareEstimationModels, type ModelComparison } from './compare-estimation-models.ts';
import { loadCaptureCounts, type StratumCaptureCount } from './load-capture-counts.ts';
import { loadObservedCellKeys } from './load-observed-cell-keys.ts';

/**
 * The lists used for multiple systems estimation. OM and courts only register what came through
 * the police, so they are nested in it; counted apart they would create structural zeros. Together
 * they form one list, "justice".
 */
export const estimationLists = [
  { name: 'justice', sources: ['police', 'om', 'courts'] },
  { name: 'csg', sources: ['csg'] },
  { name: 'veilig_thuis', sources: ['veilig_thuis'] },
  { name: 'victim_support', sources: ['victim_support'] },
] as const;

/** One estimate of the number of children, registered or not, with an incident in `period`. */
export type YearEstimate = {
  readonly year: number;
  readonly observed: number;
  /** The cell key of the children counted in `observed` (for disclosure control; absent in outputs stored before). */
  readonly observedCellKey?: number;
  readonly hidden: number;
  readonly total: number;
  readonly lower: number;
  readonly upper: number;
  readonly model: string;
  /** The published rule that made the year's estimate (`PublishedRule`; absent in outputs stored before 2026-12-07). */
  readonly method?: string;
  /** AIC's choice gave more than ten times the number seen, so BIC chose (absent in outputs stored before 2026-12-07). */
  readonly criterionFallback?: boolean;
  /** Lists that saw nobody that year, left out of its estimate (absent in outputs stored before). */
  readonly droppedLists?: readonly DroppedList[];
};

/** One model family's answer on the same capture table, side by side (see `ModelFamilyEstimate`). */
export type SensitivityEstimate = ModelFamilyEstimate;

/**
 * The whole period's estimate had the linkage's uncertain pairs (match probability in the review
 * band, 5–95%, not decided by a reviewer) all been different children (`review-apart`) or all the
 * same child (`review-together`): how far reviewing the whole queue could move the estimate.
 */
export type LinkageSensitivityEstimate =
  | {
      readonly linkage: 'review-apart' | 'review-together';
      readonly status: 'ok';
      readonly observed: number;
      readonly total: number;
      readonly lower: number;
      readonly upper: number;
      readonly model: string;
      readonly method: string;
    }
  | {
      readonly linkage: 'review-apart' | 'review-together';
      readonly status: 'not-estimable';
      readonly observed: number;
      readonly reason: string;
    };

/** A year whose table does not say how many were missed (e.g. N̂ above ten times the number seen). */
export type YearNotEstimable = { readonly year: number; readonly observed: number; readonly reason: string };

export type HiddenVictimsEstimate = {
  readonly period: { readonly from: number; readonly to: number };
  readonly lists: readonly string[];
  readonly table: CaptureTable;
  readonly observed: number;
  /** The cell key of the children counted in `observed` (for disclosure control; absent in outputs stored before). */
  readonly observedCellKey?: number;
  readonly hidden: number;
  readonly total: number;
  readonly lower: number;
  readonly upper: number;
  readonly intervalMethod: string;
  readonly model: string;
  /**
   * 'pairwise' (the pairwise log-linear models, bootstrap re-selecting) or 'pairwise-and-heterogeneity'
   * (combined with the heterogeneity families when the data point to heterogeneity: `PublishedRule`).
   * Outputs stored before: 'heterogeneity' or 'bic'.
   */
  readonly method: string;
  /**
   * The heterogeneity term's likelihood-ratio statistic, whether every pair of lists was positively
   * dependent (absent before 2026-12-07), whether latent classes described the seen cells about as
   * well as the chosen pairs or better, their AIC at most 2 above the pairs' (absent before
   * stop 27 of 2026-12-07; outputs stored at stop 26 carry `classesFitBetter`, more than 2 below), and
   * whether the heterogeneity families were combined (absent before).
   */
  readonly heterogeneity?: {
    readonly statistic: number | null;
    readonly threshold: number;
    readonly everyPairPositive?: boolean;
    readonly classesFitAsWell?: boolean;
    readonly classesFitBetter?: boolean;
    readonly shown: boolean;
  };
  /**
   * When heterogeneity is shown: each family's AIC on the seen cells and the families left out for
   * fitting far worse than the best (absent in outputs stored before 2026-12-07).
   */
  readonly fitComparison?: FamilyFitComparison | null;
  /** Terms left out because the data cannot estimate them, with the reason. */
  readonly dropped: readonly DroppedTerm[];
  /** Lists that saw nobody in the period, left out (absent in outputs stored before). */
  readonly droppedLists?: readonly DroppedList[];
  /** The same estimate for each year alone: the population is closer to closed within a year. */
  readonly perYear: readonly YearEstimate[];
  /** Years without an estimate, and why: not in `perYear` (absent in outputs stored before). */
  readonly notEstimableYears?: readonly YearNotEstimable[];
  /** Capture histories per year and stratum (age band, sex, setting): the input of every estimate. */
  readonly captureCounts: readonly StratumCaptureCount[];
  /** The chosen model beside the best pairwise models by BIC (absent in outputs stored before it was added). */
  readonly modelComparison?: ModelComparison;
  /** The estimate under each model family, side by side (absent in outputs stored before it was added). */
  readonly sensitivity?: readonly SensitivityEstimate[];
  /**
   * The same estimate at the two extremes of the linkage's review band (empty with exact-token
   * linkage, which has none; absent in outputs stored before it was added).
   */
  readonly linkageSensitivity?: readonly LinkageSensitivityEstimate[];
};

/**
 * The published estimator's options (seed, bootstrap replicates, the latent-class model's run and
 * its progress). The whole period's estimate also runs the latent-class model for the side-by-side
 * view when the rule does not use it; a year runs it only when the rule does.
 */
export type EstimateHiddenVictimsOptions = Omit<PopulationSizeOptions, 'latentClassBeside' | 'onProgress'> & {
  /** Called while a latent-class model runs, with which estimate it is for (the period's or a linkage extreme's). */
  readonly onProgress?: (
    done: number,
    total: number,
    estimate: 'period' | 'year' | LinkageSensitivityEstimate['linkage'],
  ) => void;
};

/**
 * The period's capture counts split by age band at the first incident and sex, for the covariate
 * model: an unknown age band or sex is a value not known (the model shares those children out).
 */
export function covariateTableOf(
  counts: readonly StratumCaptureCount[],
  sources: readonly string[],
): CovariateCaptureTable {
  return {
    sources,
    covariates: ['age band', 'sex'],
    counts: counts.map((c) => ({
      history: c.history,
      count: c.count,
      values: [c.age_band === 'unknown' ? null : c.age_band, c.sex === 'U' ? null : c.sex],
    })),
  };
}

/**
 * Counts linked victims by capture history over the lists (children with an incident in the
 * period; per year and per stratum too) and estimates how many no list saw, for the whole period
 * and for each year, with the estimator `npm run eval:estimation` supports. A year that is not
 * estimable is listed with the reason; when the whole period is not, there is no estimate (null).
 * Beside the published rule's families, the whole period with age band and sex as covariates.
 */
export async function estimateHiddenVictims(
  store: Store,
  period: { from: number; to: number },
  options: EstimateHiddenVictimsOptions = {},
): Promise<HiddenVictimsEstimate | null> {
  const lists = estimationLists.map((l) => l.name);
  const periodCounts = await loadCaptureCounts(store, estimationLists, period, 'period');
  const whole = captureTablesBy(periodCounts, lists, [])[0];
  if (!whole) return null;
  const { onProgress, ...rule } = options;
  const progressOf = (what: 'period' | 'year' | LinkageSensitivityEstimate['linkage']) =>
    onProgress ? { onProgress: (done: number, total: number) => onProgress(done, total, what) } : {};
  const estimate = estimatePopulationSize(whole.table, { ...rule, ...progressOf('period'), latentClassBeside: true });
  if (estimate.status !== 'ok') return null;
  const byAgeAndSex = covariateFamily(covariateTableOf(periodCounts, lists), {
    seed: rule.seed ?? 1,
    replicates: rule.bootstrapReplicates ?? 1000,
  });
  const captureCounts = await loadCaptureCounts(store, estimationLists, period, 'year');
  const years = estimateStrata(captureTablesBy(captureCounts, lists, ['year']), {
    ...rule,
    ...progressOf('year'),
  }).strata.map(({ key, result }) => ({
    year: Number(key.year),
    e: result,
  }));
  const keys = await loadObservedCellKeys(store, estimationLists, period);
  const linkageSensitivity: LinkageSensitivityEstimate[] = [];
  for (const linkage of ['review-apart', 'review-together'] as const) {
    const counts = await loadCaptureCounts(store, estimationLists, period, 'period', linkage);
    const table = captureTablesBy(counts, lists, [])[0]?.table;
    if (!table) continue;
    const e = estimatePopulationSize(table, { ...rule, ...progressOf(linkage) });
    linkageSensitivity.push(
      e.status === 'ok'
        ? {
            linkage,
            status: 'ok',
            observed: e.observed,
            total: e.total,
            lower: e.lower,
            upper: e.upper,
            model: e.model,
            method: e.method,
          }
        : { linkage, status: 'not-estimable', observed: e.observed, reason: e.reason },
    );
  }
  const perYear = years.flatMap(({ year, e }) =>
    e.status === 'ok'
      ? [
          {
            year,
            observed: e.observed,
            observedCellKey: keys.years[String(year)] ?? 0,
            hidden: e.hidden,
            total: e.total,
            lower: e.lower,
            upper: e.upper,
            model: e.model,
            method: e.method,
            criterionFallback: e.criterionFallback,
            ...(e.droppedLists.length > 0 ? { droppedLists: e.droppedLists } : {}),
          },
        ]
      : [],
  );
  const notEstimableYears = years.flatMap(({ year, e }) =>
    e.status === 'ok' ? [] : [{ year, observed: e.observed, reason: e.reason }],
  );
  return {
    period,
    lists,
    table: whole.table,
    observed: estimate.observed,
    observedCellKey: keys.period,
    hidden: estimate.hidden,
    total: estimate.total,
    lower: estimate.lower,
    upper: estimate.upper,
    intervalMethod: estimate.intervalMethod,
    model: estimate.model,
    method: estimate.method,
    dropped: estimate.dropped,
    droppedLists: estimate.droppedLists,
    perYear,
    notEstimableYears,
    captureCounts,
    heterogeneity: estimate.heterogeneity,
    fitComparison: estimate.fitComparison,
    modelComparison: compareEstimationModels(whole.table, estimate),
    sensitivity: [...estimate.families, byAgeAndSex],
    linkageSensitivity,
  };
}
