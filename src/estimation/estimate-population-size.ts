import { type BootstrapSource, bootstrapInterval, largestCandidate, selectWithinBound } from './bootstrap-interval.ts';
import type { CaptureTable } from './capture-table.ts';
import { completeCaptureTable } from './complete-capture-table.ts';
import { type DroppedList, dropEmptyLists } from './drop-empty-lists.ts';
import { EstimationInputError } from './estimation-input-error.ts';
import { fitHeterogeneityModel, heterogeneityTerm } from './fit-heterogeneity-model.ts';
import { familyMixtureInterval } from './family-mixture-interval.ts';
import { fitLogLinear, type LogLinearFitOk } from './fit-log-linear.ts';
import type { DroppedTerm } from './largest-estimable-model.ts';
import { type LatentClassRun, latentClassFamily } from './latent-class-family.ts';
import { bestLatentClassMle, type LatentClassMle } from './latent-class/index.ts';
import type { ModelFamily, ModelFamilyEstimate } from './model-family-estimate.ts';
import { modelAveragedInterval } from './model-averaged-interval.ts';
import { maxTotalPerObserved, noEstimableModelMessage, tooLittleOverlapMessage } from './refuse-too-little-overlap.ts';
import { seenCellsAic } from './seen-cells-aic.ts';

/**
 * The likelihood-ratio statistic of the heterogeneity term (the all-pairs model against the same
 * model plus the term) above which the data show heterogeneity: χ²₁ at 0.95.
 */
export const heterogeneityEvidence = 3.841458820694124;

/**
 * How much worse than the best a family's AIC on the seen cells may be and still be combined:
 * beyond 10 a model has "essentially no support" (Burnham & Anderson 2002, §2.6).
 */
export const essentiallyNoSupport = 10;

/**
 * How far above the best a family's AIC may be and still have "substantial support" (Burnham &
 * Anderson 2002, §2.6: Δ ≤ 2). A family the rule would combine whose N̂ exceeds ten times the number
 * seen refuses the table only with that support; with less, a family that describes the table
 * better says otherwise, and the one past the bound is left out (`FamilyFitComparison.beyondBound`).
 */
export const substantialSupport = 2;

/**
 * The families' fit to the seen cells when heterogeneity is shown: AIC of the likelihood given
 * being seen (`seenCellsAic`; the latent-class family's from its maximum-likelihood fit with two or
 * three classes, `bestLatentClassMle`), and the families the rule left out for it
 * (`compareFamilyFits`).
 */
export interface FamilyFitComparison {
  readonly threshold: number;
  readonly aic: {
    readonly pairwise: number;
    readonly heterogeneity: number | null;
    readonly latentClass: number | null;
  };
  /** Classes of the latent-class fit whose AIC is given. */
  readonly latentClasses: number | null;
  readonly leftOut: readonly ModelFamily[];
  /**
   * Families the rule would combine that put N̂ above ten times the number seen and fit more than
   * `substantialSupport` worse than the best, left out instead of refusing the table (absent in
   * outputs stored before 2026-12-07).
   */
  readonly beyondBound?: readonly ModelFamily[];
}

/**
 * What the published rule's bootstrap draws from: one source (`BootstrapIntervalOptions.resample`),
 * or 'fitted-and-largest', a bootstrap from each of the two with the interval spanning both.
 */
export type PublishedResample = BootstrapSource | 'fitted-and-largest';

/** How the published estimate was made: the pairwise family alone, or combined with the heterogeneity families. */
export type PublishedRule = 'pairwise' | 'pairwise-and-heterogeneity';

/** The number of people on no list, estimated, with the models that gave it. */
export interface PopulationSizeEstimate {
  readonly status: 'ok';
  readonly observed: number;
  readonly hidden: number;
  readonly total: number;
  readonly lower: number;
  readonly upper: number;
  /**
   * 'bootstrap': the pairwise models' bootstrap that re-selects the model; 'model-averaged': their
   * tail areas averaged with the criterion's weights (`pairwiseInterval: 'model-averaged'`);
   * 'combined': the equal mixture of the families combined (pairwise, heterogeneity, latent
   * classes), so the interval carries their disagreement.
   */
  readonly intervalMethod: 'bootstrap' | 'model-averaged' | 'combined';
  /** How the pairwise family's interval carries the choice of model (`PopulationSizeOptions.pairwiseInterval`). */
  readonly pairwiseInterval: 'bootstrap' | 'model-averaged';
  /**
   * With the model-averaged interval: how many pairwise models were averaged and the weight of the
   * best (null with the bootstrap).
   */
  readonly averaged: { readonly models: number; readonly bestWeight: number } | null;
  readonly method: PublishedRule;
  /**
   * Criterion the pairwise model is chosen by: BIC with two or three lists, AIC with four or more —
   * and BIC there too when AIC's choice would exceed ten times the number seen (`criterionFallback`).
   */
  readonly criterion: 'aic' | 'bic';
  /** True when AIC's choice gave more than ten times the number seen and BIC's, within it, was used. */
  readonly criterionFallback: boolean;
  /**
   * Bootstrap replicates (of all run) whose model BIC chose because AIC's exceeded ten times their
   * number seen (0 of 0 with the model-averaged interval).
   */
  readonly fallbackReplicates: { readonly count: number; readonly of: number };
  /**
   * What the bootstrap's replicates are drawn from: one bootstrap from the chosen model's fit and
   * one from the largest estimable pairwise model's ('fitted-and-largest', the interval spanning
   * both; with three lists only the chosen model's until 2026-12-08); null when no bootstrap ran
   * (the model-averaged interval).
   */
  readonly resample: PublishedResample | null;
  /** How the pairwise models are searched: every subset of pairs up to five lists, forward beyond. */
  readonly search: 'all-subsets' | 'forward';
  /** Pairwise models the search tried, and how many of them could not be estimated. */
  readonly models: { readonly tried: number; readonly excluded: number };
  /** Readable pairwise model chosen on the data: 'independence + A×B + …'. */
  readonly model: string;
  /**
   * The heterogeneity term's likelihood-ratio statistic (null: the term cannot be estimated here);
   * `everyPairPositive`: the chosen pairwise model holds every pair of lists, each positively
   * dependent — the pattern heterogeneity in visibility leaves; `classesFitAsWell`: latent classes
   * describe the seen cells about as well as the chosen pairwise model or better (their AIC at most
   * `substantialSupport` above its); `shown`: the heterogeneity families are combined (the statistic
   * above the threshold, that pattern, or classes fitting as well, as `classesSign` asks).
   */
  readonly heterogeneity: {
    readonly statistic: number | null;
    readonly threshold: number;
    readonly everyPairPositive: boolean;
    readonly classesFitAsWell: boolean;
    readonly shown: boolean;
  };
  /** When heterogeneity is shown: how well each family fits the seen cells, and which were left out for it. */
  readonly fitComparison: FamilyFitComparison | null;
  /** Every family tried on this table, the ones the published figure combines marked `published`. */
  readonly families: readonly ModelFamilyEstimate[];
  /** Interactions of the heterogeneity model left out because the data cannot estimate them, with the reason. */
  readonly dropped: readonly DroppedTerm[];
  /** Lists left out because they saw nobody in this table; the models are over the others. */
  readonly droppedLists: readonly DroppedList[];
  /** The pairwise model chosen on the data (its own profile interval is in `fit.interval`). */
  readonly fit: LogLinearFitOk;
}

/** No number, as a value: why the table does not say how many were missed. */
export interface PopulationSizeNotEstimable {
  readonly status: 'not-estimable';
  readonly observed: number;
  readonly reason: string;
  /** The family whose answer the reason refuses, when one was tried. */
  readonly method: 'pairwise' | 'heterogeneity' | 'latent-class' | null;
  readonly dropped: readonly DroppedTerm[];
  readonly droppedLists: readonly DroppedList[];
  /**
   * When a family the rule would combine refused the table: every family fitted up to then, none
   * published, so a reader sees what the others said (absent when the pairwise family refused it).
   */
  readonly families?: readonly ModelFamilyEstimate[];
  /** The families' fit to the seen cells, when heterogeneity was shown before the refusal. */
  readonly fitComparison?: FamilyFitComparison | null;
}

export type PopulationSizeResult = PopulationSizeEstimate | PopulationSizeNotEstimable;

export interface PopulationSizeOptions {
  /** Seeds the bootstrap and the latent-class chains: the same seed gives the same answer; default 1. */
  readonly seed?: number;
  /** Bootstrap replicates (Buckland et al. 1997 use 1,000); default 1,000. */
  readonly bootstrapReplicates?: number;
  /** How long the latent-class model runs (`defaultLatentClassRun`). */
  readonly latentClass?: LatentClassRun;
  /** Run the latent-class model for the side-by-side view even when the rule does not use it. */
  readonly latentClassBeside?: boolean;
  /** Called with iterations done and to do while the latent-class model runs. */
  readonly onProgress?: (done: number, total: number) => void;
  /** The pairwise family's criterion instead of the rule's (BIC with two or three lists, AIC with more). */
  readonly criterion?: 'aic' | 'bic';
  /**
   * The ten-times bound inside the pairwise family (the rule; default true): when the model AIC
   * chooses gives N̂ above ten times the number seen, BIC chooses instead, on the data and in every
   * bootstrap replicate, and the bootstrap from the largest pairwise model draws from the largest
   * within the bound. false: the bound only refuses the answer, as until 2026-12-07.
   */
  readonly criterionFallback?: boolean;
  /** What the bootstrap draws its replicates from, instead of the rule's (`PublishedResample`). */
  readonly resample?: PublishedResample;
  /**
   * How the pairwise family's interval carries the choice of model. 'bootstrap' (the rule;
   * default): the bootstrap that chooses the model again on every replicate (Buckland, Burnham &
   * Augustin 1997), drawn as `resample` says. 'model-averaged': the model-averaged tail-area
   * interval over every estimable pairwise model within the ten-times bound, weighted by the
   * criterion that chose (`modelAveragedInterval`) — no simulated tables, and on sparse tables about
   * half as wide; but it hedges the pairs AIC left out only as far as their weights say, and where
   * heterogeneity hides that none of the signs shows it misses more often (docs/estimation.md,
   * measured 2026-12-07).
   */
  readonly pairwiseInterval?: 'bootstrap' | 'model-averaged';
  /**
   * How the interval combines the families when the data show heterogeneity: 'mixture' (the rule),
   * the equal mixture of their answers (`familyMixtureInterval`); 'span', from the lowest to the
   * highest of their limits.
   */
  readonly combine?: 'mixture' | 'span';
  /**
   * Combine the heterogeneity families also when the chosen pairwise model holds every pair of
   * lists, each positively dependent (the rule; default true). false: only when the three-way
   * term's statistic exceeds the threshold, as until 2026-12-07.
   */
  readonly everyPairPositive?: boolean;
  /**
   * When heterogeneity is shown, compare the families' AIC on the seen cells (the rule; default
   * true): latent classes join on the every-pair pattern too when their fit is within
   * `essentiallyNoSupport` of the best, and once they join a log-linear family more than that above
   * them is left out (`compareFamilyFits`). false: latent classes only when the test fires and no
   * family left out, as until 2026-12-07.
   */
  readonly compareFit?: boolean;
  /**
   * A family the rule would combine whose N̂ exceeds ten times the number seen: left out when the
   * fit comparison gives it less than substantial support (the rule; default true), so the families
   * that describe the table better answer; false: it refuses the table whatever its fit, as until
   * 2026-12-07.
   */
  readonly leaveOutBeyondBound?: boolean;
  /**
   * How well latent classes (two or three, lists independent within a class; their
   * maximum-likelihood fit) must describe the seen cells for the heterogeneity families to be
   * combined on that alone. 'as-well' (the rule; default): their AIC at most `substantialSupport`
   * above the chosen pairwise model's — both then have substantial support, and the table cannot
   * say that the pairs alone describe it. 'better': more than `substantialSupport` below it, stop
   * 26's rule (2026-12-07). 'off': no such sign, only the three-way term's test or the every-pair
   * pattern, as before stop 26.
   */
  readonly classesSign?: 'as-well' | 'better' | 'off';
}

function readable(interactions: readonly string[]): string {
  return [
    'independence',
    ...interactions.map((term) => (term === heterogeneityTerm ? term : term.replaceAll(':', '×'))),
  ].join(' + ');
}

const pairIndices = (sources: readonly string[], interactions: readonly string[]) =>
  interactions
    .filter((term) => term !== heterogeneityTerm)
    .map((term) => {
      const [a, b] = term.split(':');
      return [sources.indexOf(a as string), sources.indexOf(b as string)] as const;
    });

/** The independence model's answer, for the side-by-side view (never published on its own). */
function independenceFamily(table: CaptureTable): ModelFamilyEstimate {
  const fit = fitLogLinear(table, { interactions: [] });
  if (fit.status !== 'ok')
    return { family: 'independence', published: false, status: 'not-estimable', reason: fit.message };
  if (fit.nHat > maxTotalPerObserved * fit.observedTotal)
    return { family: 'independence', published: false, status: 'not-estimable', reason: tooLittleOverlapMessage() };
  return {
    family: 'independence',
    published: false,
    status: 'ok',
    total: fit.nHat,
    lower: fit.interval.lower,
    upper: fit.interval.upper,
    intervalMethod: fit.interval.method,
    model: 'independence',
  };
}

/**
 * The estimator the monitor publishes and `zicht mse` gives by default. Its rule, measured on
 * capture tables drawn independently of the project's chain (`npm run eval:estimation`,
 * docs/estimation.md):
 *
 * 1. **Pairwise log-linear models, with the choice in the interval.** The model with the pairwise
 *    dependencies the data support is chosen by BIC with two or three lists (a spurious pair then
 *    leaves at most one degree of freedom and N̂ runs off) and by AIC with four or more (where
 *    heterogeneity shows as many small positive dependencies that BIC leaves out). Its interval is
 *    the bootstrap that chooses the model again on every replicate (Buckland, Burnham & Augustin
 *    1997), so it carries the uncertainty of that choice. It is run twice and the interval spans
 *    both: once with replicates drawn from the chosen model's fit, once from the largest
 *    estimable pairwise model's fit. Replicates of the chosen fit hold only the dependencies that
 *    model kept, so they rarely choose the pairs the criterion left out, and that interval misses
 *    the people a weak unmodelled dependence (or heterogeneity) hides; replicates of the largest
 *    fit hold every pair a sparse table can barely estimate, choose them, and that interval can
 *    start above N. Which of the two the table is, it cannot say. With three lists the largest
 *    model is (unless its N̂ is beyond the ten-times bound) the one with every pair, whose fit is
 *    the seen table itself, so that bootstrap resamples the seen table: a pair BIC left out (a weak
 *    referral from one list to the next) is chosen in as many replicates as the data support it,
 *    and the interval reaches the N̂ it gives. Until 2026-12-08 three-list tables were drawn from
 *    the chosen fit only, and a weak referral chain's interval lay below N in 39–66% of tables.
 * 2. **Heterogeneity when the data show it, modelled two ways.** With four or more lists, the model
 *    with every pair plus a common three-way term for people easier to see by every list (Darroch
 *    et al. 1993) is fitted too. When that term's likelihood-ratio statistic exceeds χ²₁(0.95) =
 *    3.84 the data show heterogeneity that pairs do not absorb. So does a chosen pairwise model
 *    with every pair of lists positively dependent (`everyPairPositive`): heterogeneity in
 *    visibility makes every pair so, a referral only some, and with four lists the test's one
 *    degree of freedom often misses it. So do latent classes that describe the seen cells about as
 *    well as the chosen pairs or better (`classesFitAsWell`: their maximum-likelihood fit's AIC at
 *    most `substantialSupport` above the pairs'; Burnham & Anderson's substantial support, the same
 *    margin that decides a refusal below): a few people seen by nearly every list among many seen
 *    once leave that trace where AIC keeps most pairs but not all, and the test stays quiet. Where
 *    the pairs describe the table (independent lists, referrals), classes fit it more than 2 points
 *    worse in 98 tables of 100; where two accounts fit alike, the interval carries both rather than
 *    the one AIC happened to choose. How many people heterogeneity hides depends on how it is
 *    modelled: the three-way term tends to over-correct, latent classes (Manrique-Vallier 2016,
 *    `estimateLatentClass`) to under-correct continuous differences, and pairs over-correct a few
 *    people seen by nearly every list among many seen once (N̂ twice N). Where the data can tell,
 *    they do: each family's AIC on the seen cells (`compareFamilyFits`; latent classes by their
 *    two- or three-class maximum-likelihood fit). Latent classes join when the test fires, or on
 *    the pattern alone when their fit is within 10 of the best (lists independent within a class;
 *    where the positive pairs are referrals, classes fit far worse and stay out); once they join, a
 *    log-linear family more than 10 above them is left out ("essentially no support", Burnham &
 *    Anderson 2002). The estimate is then the geometric mean of the families combined and the
 *    interval that of their equal mixture (`familyMixtureInterval`: none of the three is preferred,
 *    and one far from the others moves the limits without setting them alone; the span from the
 *    lowest to the highest limit, the rule until 2026-12-06, is `combine: 'span'`). Otherwise the
 *    pairwise answer stands alone (the latent-class model runs only when asked for the side-by-side
 *    view: `latentClassBeside`).
 *
 * When AIC's choice gives N̂ above ten times the number seen, the model BIC chooses is used if its
 * N̂ is within that bound (`criterionFallback`), on the data and in every bootstrap replicate: AIC's
 * extra pairs are then ones the table can barely estimate, and BIC, the usual criterion for sparse
 * tables (Silverman, Chan & Vincent 2024), adds a pair only on stronger evidence.
 *
 * Sparse tables: a list that saw nobody is left out and named (`droppedLists`); interactions the
 * heterogeneity model cannot estimate are left out and named (`dropped`). The answer is
 * `not-estimable`, with the reason, when fewer than two lists saw anyone, when no pairwise model
 * can be estimated, or when the published estimate (or a family it combines) would still exceed
 * ten times the number observed: the lists then overlap too little to say how many were missed. A
 * combined family past the bound refuses the table only when its fit has substantial support
 * (AIC within `substantialSupport` = 2 of the best family's); with less, a family that describes the
 * seen table better says otherwise, and the one past the bound is left out and named
 * (`FamilyFitComparison.beyondBound`): the three-way term's extrapolation, fitted on the few
 * people every list saw, can run far past N where a few are seen by all and most by one.
 */
export function estimatePopulationSize(table: CaptureTable, options: PopulationSizeOptions = {}): PopulationSizeResult {
  const { counts } = completeCaptureTable(table);
  const observed = counts.reduce((sum, count) => sum + count, 0);
  const { table: seen, droppedLists } = dropEmptyLists(table);
  const notEstimable = (
    reason: string,
    method: PopulationSizeNotEstimable['method'] = null,
    dropped: readonly DroppedTerm[] = [],
    tried?: Pick<PopulationSizeNotEstimable, 'families' | 'fitComparison'>,
  ): PopulationSizeNotEstimable => ({
    status: 'not-estimable',
    observed,
    reason,
    method,
    dropped,
    droppedLists,
    ...tried,
  });
  if (observed === 0) return notEstimable('nobody is on any list: there is nothing to estimate from');
  if (seen.sources.length < 2)
    return notEstimable(
      `only ${seen.sources[0]} saw anyone: it takes at least two lists that overlap to estimate how many were missed`,
    );
  const lists = seen.sources.length;
  const criterion = options.criterion ?? (lists >= 4 ? 'aic' : 'bic');
  const resample = options.resample ?? 'fitted-and-largest';
  // every subset of pairs up to five lists (1,024 models); a forward search beyond, or the bootstrap takes minutes
  const search = lists <= 5 ? 'all-subsets' : 'forward';
  // AIC's choice beyond the bound: BIC's, which adds a pair only on stronger evidence, when it is within
  const bounded = options.criterionFallback ?? true;
  const fallback = criterion === 'aic' && bounded ? ('bic' as const) : undefined;
  const sourceBound = bounded ? maxTotalPerObserved : Number.POSITIVE_INFINITY;
  const { selection, chosenBy } = selectWithinBound(seen, {
    criterion,
    search,
    fallback,
    maxTotal: maxTotalPerObserved * observed,
  });
  const { chosen, candidates } = selection;
  if (!chosen) return notEstimable(noEstimableModelMessage, 'pairwise');
  if (chosen.nHat > maxTotalPerObserved * observed) return notEstimable(tooLittleOverlapMessage(), 'pairwise');
  const pairwiseInterval = options.pairwiseInterval ?? 'bootstrap';
  // the pairwise family's limits, and what its bootstrap (if one ran) says about its replicates
  let limits: { lower: number; upper: number; failed: number; fellBack: number; replicates: number };
  let averaged: { models: number; bestWeight: number } | null = null;
  if (pairwiseInterval === 'model-averaged') {
    const interval = modelAveragedInterval(seen, candidates, { criterion: chosenBy, maxTotal: sourceBound * observed });
    if (!interval) return notEstimable(noEstimableModelMessage, 'pairwise');
    averaged = { models: interval.models, bestWeight: interval.bestWeight };
    limits = { lower: interval.lower, upper: interval.upper, failed: 0, fellBack: 0, replicates: 0 };
  } else {
    // 'fitted-and-largest': one bootstrap per source, the interval spanning both; when the chosen
    // model is the largest both would draw the same tables from the same seed, so one runs
    const sources: readonly BootstrapSource[] =
      resample !== 'fitted-and-largest'
        ? [resample]
        : largestCandidate(candidates, sourceBound * observed) === candidates[0]
          ? ['fitted']
          : ['fitted', 'largest'];
    try {
      const runs = sources.map((source) =>
        bootstrapInterval(seen, {
          seed: options.seed ?? 1,
          replicates: options.bootstrapReplicates ?? 1000,
          criterion,
          search,
          resample: source,
          maxTotalPerObserved: sourceBound,
          ...(fallback ? { fallback } : {}),
        }),
      );
      limits = {
        lower: Math.min(...runs.map((run) => run.lower)),
        upper: Math.max(...runs.map((run) => run.upper)),
        failed: runs.reduce((sum, run) => sum + run.failed, 0),
        fellBack: runs.reduce((sum, run) => sum + run.fellBack, 0),
        replicates: runs.reduce((sum, run) => sum + run.replicates, 0),
      };
    } catch (error) {
      if (error instanceof EstimationInputError) return notEstimable(error.message, 'pairwise');
      throw error;
    }
  }
  const pairwise: ModelFamilyEstimate = {
    family: 'pairwise',
    published: true,
    status: 'ok',
    total: chosen.nHat,
    lower: Math.min(limits.lower, chosen.nHat),
    upper: Math.max(limits.upper, chosen.nHat),
    intervalMethod: pairwiseInterval,
    model: readable(chosen.interactions),
    ...(limits.failed > 0
      ? { warning: `${limits.failed} of ${limits.replicates} bootstrap replicates had no estimable model` }
      : {}),
  };

  // Heterogeneity: fitted without the ten-times bound, so its evidence is weighed before its size.
  let heterogeneity: ModelFamilyEstimate = {
    family: 'heterogeneity',
    published: false,
    status: 'not-estimable',
    reason: 'it needs at least four lists that saw someone',
  };
  let statistic: number | null = null;
  // the three-way term's test fired (then the heterogeneity family is combined, latent classes too)
  let testFires = false;
  // the data show heterogeneity: the test fired, the every-pair pattern, or classes fit as well (below)
  let shown = false;
  let heterogeneityFit: LogLinearFitOk | null = null;
  let dropped: readonly DroppedTerm[] = [];
  // heterogeneity in visibility makes every pair of lists positively dependent; with four lists the
  // three-way term's one degree of freedom often cannot tell it from pairs alone
  const everyPairPositive =
    lists >= 4 &&
    chosen.interactions.length === (lists * (lists - 1)) / 2 &&
    chosen.coefficients.filter((c) => chosen.interactions.includes(c.term)).every((c) => c.estimate > 0);
  const byPattern = everyPairPositive && (options.everyPairPositive ?? true);
  // lists independent within two or three classes describing the seen table about as well as the
  // chosen pairs or better: heterogeneity is as good an account as the pairs, whatever the three-way
  // term's test and the pairs' signs say (classesMargin > 0: classes fit better)
  const latentClassMle = lists >= 4 ? bestLatentClassMle(seen) : null;
  const classesMargin = latentClassMle === null ? null : seenCellsAic(chosen) - latentClassMle.aic;
  const classesFitAsWell = classesMargin !== null && classesMargin >= -substantialSupport;
  const classesSign = options.classesSign ?? 'as-well';
  const byClasses =
    classesMargin !== null &&
    (classesSign === 'as-well' ? classesFitAsWell : classesSign === 'better' && classesMargin > substantialSupport);
  shown = byClasses;
  if (lists >= 4) {
    const result = fitHeterogeneityModel(seen, { maxTotalPerObserved: Number.POSITIVE_INFINITY });
    dropped = result.dropped;
    const fit = result.fit;
    if (fit.status !== 'ok') {
      heterogeneity = { ...heterogeneity, reason: fit.message };
    } else if (!fit.interactions.includes(heterogeneityTerm)) {
      heterogeneity = {
        ...heterogeneity,
        reason: dropped.find((d) => d.term === heterogeneityTerm)?.reason ?? 'the three-way term cannot be estimated',
      };
    } else {
      heterogeneityFit = fit;
      const pairsOnly = fitLogLinear(
        seen,
        { interactions: pairIndices(seen.sources, fit.interactions) },
        {
          profileInterval: false,
        },
      );
      statistic = pairsOnly.status === 'ok' ? Math.max(0, pairsOnly.deviance - fit.deviance) : null;
      testFires = statistic !== null && statistic > heterogeneityEvidence;
      shown = testFires || byPattern || byClasses;
      heterogeneity =
        fit.nHat > maxTotalPerObserved * observed
          ? { ...heterogeneity, reason: tooLittleOverlapMessage() }
          : {
              family: 'heterogeneity',
              published: false, // set below, once the families' fits are compared
              status: 'ok',
              total: fit.nHat,
              lower: fit.interval.lower,
              upper: fit.interval.upper,
              intervalMethod: fit.interval.method,
              model: readable(fit.interactions),
            };
    }
  }
  // Which families describe the seen table: each one's AIC on the seen cells. Pairs that put N̂ at
  // twice N when a few people are seen by every list and most by one fit far worse than classes;
  // classes fit far worse than pairs where lists refer people to each other.
  const compared =
    shown && (options.compareFit ?? true)
      ? compareFamilyFits(chosen, heterogeneityFit, testFires, latentClassMle)
      : null;
  const supported = (family: ModelFamily) => !compared?.leftOut.includes(family);
  // A family past the ten-times bound refuses the table when the data support it about as well as
  // the best: they then cannot say how many were missed. With less support, a family that describes
  // the seen table better says otherwise, and the extrapolation of one that fits worse is left out.
  const aboveBest = new Map(compared ? aicAboveBest(compared.aic).map((f) => [f.family, f.aboveBest]) : []);
  const refusesBeyondBound = (family: ModelFamily) =>
    !(options.leaveOutBeyondBound ?? true) || (aboveBest.get(family) ?? 0) <= substantialSupport;
  const beyondBound: ModelFamily[] = [];
  // what every family fitted so far said, none published, when one the rule would combine refuses the table
  // (the three-way model's own N̂ beside its refusal: how far past the bound it ran)
  const tried = (...more: ModelFamilyEstimate[]) => {
    const past =
      heterogeneity.status === 'not-estimable' &&
      heterogeneityFit &&
      heterogeneityFit.nHat > maxTotalPerObserved * observed
        ? `${heterogeneity.reason} (its estimate: ${Math.round(heterogeneityFit.nHat).toLocaleString('en')} for ${observed.toLocaleString('en')} seen)`
        : null;
    return {
      families: [
        independenceFamily(seen),
        pairwise,
        past ? { ...heterogeneity, reason: past } : heterogeneity,
        ...more,
      ].map((f) => ({ ...f, published: false })),
      fitComparison: compared && { ...compared, beyondBound },
    };
  };
  const heterogeneityCombined = shown && supported('heterogeneity');
  if (heterogeneityCombined && heterogeneityFit && heterogeneityFit.nHat > maxTotalPerObserved * observed) {
    if (refusesBeyondBound('heterogeneity'))
      return notEstimable(tooLittleOverlapMessage(), 'heterogeneity', dropped, tried());
    beyondBound.push('heterogeneity');
  }
  if (heterogeneity.status === 'ok') heterogeneity = { ...heterogeneity, published: heterogeneityCombined };
  // latent classes hold lists independent within a class: they join when the test shows structure
  // beyond pairs; on the pattern alone (some positive pairs may be referrals) only with the fit
  // comparison, and only when they describe the table about as well as the best
  const latentClassCombined = compared ? supported('latent-class') : testFires;
  const latentClass =
    latentClassCombined || options.latentClassBeside
      ? latentClassFamily(seen, {
          seed: options.seed ?? 1,
          published: latentClassCombined,
          ...(options.latentClass ? { run: options.latentClass } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        })
      : null;
  if (
    latentClassCombined &&
    latentClass?.status === 'not-estimable' &&
    latentClass.reason === tooLittleOverlapMessage()
  ) {
    if (refusesBeyondBound('latent-class'))
      return notEstimable(tooLittleOverlapMessage(), 'latent-class', dropped, tried(latentClass));
    beyondBound.push('latent-class');
  }
  const fitComparison = compared && { ...compared, beyondBound };
  const pairwiseFamily: ModelFamilyEstimate = { ...pairwise, published: supported('pairwise') };
  const combined = [pairwiseFamily, heterogeneity, ...(latentClass ? [latentClass] : [])].filter(
    (f): f is Extract<ModelFamilyEstimate, { status: 'ok' }> => f.published && f.status === 'ok',
  );
  if (combined.length === 0)
    return notEstimable(
      `latent classes describe this table far better than log-linear models, but the latent-class model gave no answer${latentClass?.status === 'not-estimable' ? `: ${latentClass.reason}` : ''}`,
      'latent-class',
      dropped,
      tried(...(latentClass ? [latentClass] : [])),
    );
  const total = Math.exp(combined.reduce((sum, f) => sum + Math.log(f.total), 0) / combined.length);
  const interval =
    combined.length > 1 && (options.combine ?? 'mixture') === 'mixture'
      ? familyMixtureInterval(combined)
      : { lower: Math.min(...combined.map((f) => f.lower)), upper: Math.max(...combined.map((f) => f.upper)) };
  return {
    status: 'ok',
    observed,
    hidden: total - observed,
    total,
    lower: Math.min(interval.lower, total),
    upper: Math.max(interval.upper, total),
    intervalMethod: shown ? 'combined' : pairwiseInterval,
    method: shown ? 'pairwise-and-heterogeneity' : 'pairwise',
    criterion: chosenBy,
    criterionFallback: chosenBy !== criterion,
    fallbackReplicates: { count: limits.fellBack, of: limits.replicates },
    resample: pairwiseInterval === 'bootstrap' ? resample : null,
    pairwiseInterval,
    averaged,
    search,
    models: { tried: candidates.length, excluded: candidates.filter((c) => c.status !== 'ok').length },
    model: pairwise.model,
    heterogeneity: { statistic, threshold: heterogeneityEvidence, everyPairPositive, classesFitAsWell, shown },
    fitComparison,
    families: [independenceFamily(seen), pairwiseFamily, heterogeneity, ...(latentClass ? [latentClass] : [])],
    dropped,
    droppedLists,
    fit: chosen,
  };
}

/** The families whose fit was compared, each with its AIC above the best (0 for the best), in the rule's order. */
export function aicAboveBest(
  aic: FamilyFitComparison['aic'],
): readonly { readonly family: ModelFamily; readonly aboveBest: number }[] {
  const known = (
    [
      ['pairwise', aic.pairwise],
      ['heterogeneity', aic.heterogeneity],
      ['latent-class', aic.latentClass],
    ] as const
  ).flatMap(([family, value]) => (value === null ? [] : [{ family, value }]));
  const best = Math.min(...known.map((k) => k.value));
  return known.map(({ family, value }) => ({ family, aboveBest: value - best }));
}

/**
 * Each family's AIC on the seen cells, and which are left out for it. Latent classes join when the
 * three-way test fires (as without the comparison: a class model richer than the two or three
 * classes fitted here may describe the table where these do not) or, on the every-pair pattern
 * alone, when their fit is within `essentiallyNoSupport` of the best. Once they join, a log-linear
 * family whose AIC is more than that above theirs is left out: even two or three classes describe
 * the table far better than it does.
 */
function compareFamilyFits(
  pairwise: LogLinearFitOk,
  heterogeneity: LogLinearFitOk | null,
  testFires: boolean,
  latentClassFit: LatentClassMle | null,
): FamilyFitComparison {
  const aic = {
    pairwise: seenCellsAic(pairwise),
    heterogeneity: heterogeneity ? seenCellsAic(heterogeneity) : null,
    latentClass: latentClassFit?.aic ?? null,
  };
  const classes = aic.latentClass;
  const classesAboveBest = aicAboveBest(aic).find((f) => f.family === 'latent-class')?.aboveBest;
  const classesJoin =
    classes !== null && (testFires || (classesAboveBest !== undefined && classesAboveBest <= essentiallyNoSupport));
  const farWorse = (value: number | null) =>
    classesJoin && value !== null && value > (classes as number) + essentiallyNoSupport;
  const leftOut: ModelFamily[] = [
    ...(farWorse(aic.pairwise) ? (['pairwise'] as const) : []),
    ...(farWorse(aic.heterogeneity) ? (['heterogeneity'] as const) : []),
    ...(classesJoin ? [] : (['latent-class'] as const)),
  ];
  return { threshold: essentiallyNoSupport, aic, latentClasses: latentClassFit?.classes ?? null, leftOut };
}
