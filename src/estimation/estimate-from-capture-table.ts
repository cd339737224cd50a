import { bootstrapInterval } from './bootstrap-interval.ts';
import type { CaptureTable } from './capture-table.ts';
import { fitLogLinear, type LogLinearFit } from './fit-log-linear.ts';
import { type DroppedTerm, fitTwoWayModel } from './fit-two-way-model.ts';
import {
  type FamilyFitComparison,
  estimatePopulationSize,
  substantialSupport,
  type PublishedResample,
  type PublishedRule,
} from './estimate-population-size.ts';
import { type DroppedList, dropEmptyLists } from './drop-empty-lists.ts';
import type { ModelFamilyEstimate } from './model-family-estimate.ts';
import { maxTotalPerObserved, tooLittleOverlapMessage } from './refuse-too-little-overlap.ts';
import { selectLogLinearModel } from './select-log-linear-model.ts';

/** Which model, which interval: the choices `zicht mse` offers for a capture table. */
export interface CaptureTableEstimateOptions {
  /** 'independence', all estimable pairwise terms ('two-way'), or the best pairwise model by `criterion`. */
  /** 'published': the estimator the monitor publishes (`estimatePopulationSize`); the others one model family. */
  readonly model: 'published' | 'independence' | 'two-way' | 'best';
  readonly interval: 'profile' | 'bootstrap';
  readonly criterion: 'aic' | 'bic';
  readonly replicates: number;
  readonly seed: number;
  /**
   * Refuse a single family's N̂ above this multiple of the number observed (`too-little-overlap`);
   * default 10, as the published estimator. Infinity shows the number anyway (to compare with R).
   */
  readonly maxTotalPerObserved?: number;
  /**
   * With 'published': how the pairwise family's interval carries the choice of model (the rule's
   * 'bootstrap', re-selecting it on `replicates` simulated tables, or 'model-averaged').
   */
  readonly pairwiseInterval?: 'model-averaged' | 'bootstrap';
  /** With 'published': iterations per latent-class chain (default `defaultLatentClassRun`'s 50,000). */
  readonly latentClassIterations?: number;
  /** With 'published': called with iterations done and to do while the latent-class model runs. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** An estimate of the total number, seen and unseen, with the model and interval that gave it. */
export interface CaptureTableEstimate {
  readonly lists: readonly string[];
  readonly observed: number;
  /** All terms, main effects first, as R writes them: 'A + B + C + A:B'. */
  readonly model: string;
  readonly nhat: number;
  readonly hidden: number;
  readonly ci: {
    readonly method: 'profile' | 'wald' | 'bootstrap' | 'model-averaged' | 'combined';
    readonly level: number;
    readonly low: number;
    readonly high: number;
  };
  readonly aic: number;
  readonly bic: number;
  readonly deviance: number;
  readonly df: number;
  readonly selection: {
    readonly mode: CaptureTableEstimateOptions['model'];
    readonly criterion: CaptureTableEstimateOptions['criterion'] | null;
    readonly search: 'all-subsets' | 'forward' | null;
    readonly modelsTried: number;
    readonly modelsExcluded: number;
  };
  /** Pairwise terms left out because they cannot be estimated from these data, with the reason. */
  readonly dropped: readonly DroppedTerm[];
  /** With --model published: the rule that made the estimate and every family's answer beside it. */
  readonly published?: {
    readonly rule: PublishedRule;
    /**
     * How the pairwise family's interval carries the choice of model; with the bootstrap its
     * replicates, seed and what they resample (resample null: no bootstrap ran).
     */
    readonly pairwiseInterval: 'bootstrap' | 'model-averaged';
    /** The model-averaged interval: pairwise models averaged and the best one's weight. */
    readonly averaged: { readonly models: number; readonly bestWeight: number } | null;
    readonly replicates: number;
    readonly seed: number;
    readonly resample: PublishedResample | null;
    /** AIC's choice gave more than ten times the number seen, so BIC chose the pairwise model. */
    readonly criterionFallback: boolean;
    /** Bootstrap replicates whose model BIC chose for that reason, of all run. */
    readonly fallbackReplicates: { readonly count: number; readonly of: number };
    /**
     * With three lists, where BIC chose: the pairwise model AIC would choose and its N̂, when it is
     * another model (null otherwise). A weak dependence between two lists can escape BIC there; the
     * bootstrap drawn from the model with every pair carries it into the interval (until 2026-12-08,
     * when it did not, the interval could lie below N: docs/estimation.md, "Beyond the eval's own
     * parameters").
     */
    readonly aicChoice: { readonly model: string; readonly nhat: number } | null;
    readonly heterogeneity: {
      readonly statistic: number | null;
      readonly threshold: number;
      readonly everyPairPositive: boolean;
      readonly classesFitAsWell: boolean;
      readonly shown: boolean;
    };
    /** When heterogeneity is shown: each family's AIC on the seen cells, and those left out for it. */
    readonly fitComparison: FamilyFitComparison | null;
    readonly families: readonly ModelFamilyEstimate[];
    readonly droppedLists: readonly DroppedList[];
  };
  readonly bootstrap: {
    readonly replicates: number;
    readonly seed: number;
    readonly failed: number;
    readonly chosenModels: readonly { readonly model: string; readonly count: number }[];
  } | null;
}

/** No estimate, as a value: the asked model cannot be fitted, or no candidate model can. */
export type CaptureTableEstimateFailure = {
  readonly ok: false;
  readonly reason: 'model-not-estimable' | 'no-estimable-model' | 'too-little-overlap';
  readonly message: string;
  /** The published estimator's families fitted before a combined one refused the table, none published. */
  readonly families?: readonly ModelFamilyEstimate[];
};

const modelText = (lists: readonly string[], interactions: readonly string[]) =>
  [...lists, ...interactions].join(' + ');

/** The chosen fit and what the choice left out, before any interval is computed. */
function chooseFit(table: CaptureTable, options: CaptureTableEstimateOptions) {
  if (options.model === 'independence')
    return { fit: fitLogLinear(table, { interactions: [] }), dropped: [], selection: null };
  if (options.model === 'two-way') {
    const twoWay = fitTwoWayModel(table);
    return { fit: twoWay.fit, dropped: [...twoWay.dropped], selection: null };
  }
  const chosen = selectLogLinearModel(table, { criterion: options.criterion });
  const excluded = chosen.candidates.filter((c) => c.status !== 'ok');
  const selection = {
    mode: 'best',
    criterion: options.criterion,
    search: chosen.search,
    modelsTried: chosen.candidates.length,
    modelsExcluded: excluded.length,
  } as const;
  // A pair that is not estimable even on its own is in no candidate; say which and why.
  const dropped = excluded
    .filter((c) => c.interactions.length === 1)
    .map((c) => ({ term: c.interactions[0] as string, reason: c.problem?.message ?? c.status }));
  return { fit: chosen.chosen as LogLinearFit | null, dropped, selection };
}

/**
 * Log-linear multiple systems estimation of one capture table with the model and interval asked
 * for: the independence model, every estimable pairwise term, or the best pairwise model by AIC or
 * BIC; a profile (or Wald) interval, or a seeded bootstrap interval. Pure: the table in, the
 * estimate (or why there is none) out.
 */
type CaptureTableOutcome = { readonly ok: true; readonly estimate: CaptureTableEstimate } | CaptureTableEstimateFailure;

/**
 * The model AIC would choose where the rule chose by BIC because the table has three lists that saw
 * someone (from four, AIC chooses already), when it differs from BIC's: the sensitivity a reader of
 * a three-list estimate needs (a weak referral between two lists is what BIC leaves out).
 */
function aicChoiceBeside(
  table: CaptureTable,
  criterion: 'aic' | 'bic',
  chosen: { readonly sources: readonly string[]; readonly interactions: readonly string[] },
): { readonly model: string; readonly nhat: number } | null {
  // the chosen fit's lists are those that saw someone: nothing to do from four on
  if (criterion !== 'bic' || chosen.sources.length !== 3) return null;
  const seen = dropEmptyLists(table).table;
  const aic = selectLogLinearModel(seen, { criterion: 'aic', profileInterval: false }).chosen;
  if (!aic || aic.interactions.join(' + ') === chosen.interactions.join(' + ')) return null;
  return { model: modelText(seen.sources, aic.interactions), nhat: aic.nHat };
}

/** The published estimator's answer in the shape of the others, its rule and families beside it. */
function publishedEstimate(table: CaptureTable, options: CaptureTableEstimateOptions): CaptureTableOutcome {
  const e = estimatePopulationSize(table, {
    seed: options.seed,
    bootstrapReplicates: options.replicates,
    ...(options.pairwiseInterval ? { pairwiseInterval: options.pairwiseInterval } : {}),
    ...(options.latentClassIterations ? { latentClass: { iterations: options.latentClassIterations } } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (e.status !== 'ok') {
    const tooLittle = e.reason === tooLittleOverlapMessage();
    // which model ran past the bound: the pairwise answer may be well within it
    const which =
      tooLittle && (e.method === 'heterogeneity' || e.method === 'latent-class')
        ? ` (${e.method === 'heterogeneity' ? 'the model with all pairs and a common heterogeneity term' : 'the latent-class model'}, which describes the seen table within ${substantialSupport} AIC points of the best)`
        : '';
    return {
      ok: false,
      reason: tooLittle ? 'too-little-overlap' : 'no-estimable-model',
      message: `${e.reason}${which}`,
      ...(e.families ? { families: e.families } : {}),
    };
  }
  return {
    ok: true,
    estimate: {
      lists: e.fit.sources,
      observed: e.observed,
      model: modelText(e.fit.sources, e.fit.interactions),
      nhat: e.total,
      hidden: e.hidden,
      ci: { method: e.intervalMethod, level: 0.95, low: e.lower, high: e.upper },
      aic: e.fit.aic,
      bic: e.fit.bic,
      deviance: e.fit.deviance,
      df: e.fit.df,
      selection: {
        mode: 'published',
        criterion: e.criterion,
        search: e.search,
        modelsTried: e.models.tried,
        modelsExcluded: e.models.excluded,
      },
      dropped: e.dropped,
      published: {
        rule: e.method,
        pairwiseInterval: e.pairwiseInterval,
        averaged: e.averaged,
        replicates: options.replicates,
        seed: options.seed,
        resample: e.resample,
        criterionFallback: e.criterionFallback,
        fallbackReplicates: e.fallbackReplicates,
        aicChoice: aicChoiceBeside(table, e.criterion, e.fit),
        heterogeneity: e.heterogeneity,
        fitComparison: e.fitComparison,
        families: e.families,
        droppedLists: e.droppedLists,
      },
      bootstrap: null,
    },
  };
}

/**
 * One model family on a capture table (or, with `model: 'published'`, the published estimator). No
 * answer above ten times the number observed is a number: it is `too-little-overlap`, as for the
 * published estimate.
 */
export function estimateFromCaptureTable(
  table: CaptureTable,
  options: CaptureTableEstimateOptions,
): CaptureTableOutcome {
  if (options.model === 'published') return publishedEstimate(table, options);
  const { fit, dropped, selection } = chooseFit(table, options);
  if (!fit)
    return {
      ok: false,
      reason: 'no-estimable-model',
      message: 'no log-linear model can be estimated from this table (every candidate was excluded)',
    };
  if (fit.status !== 'ok')
    return {
      ok: false,
      reason: 'model-not-estimable',
      message: `the model cannot be estimated from this table: ${fit.message}`,
    };
  if (fit.nHat > (options.maxTotalPerObserved ?? maxTotalPerObserved) * fit.observedTotal)
    return { ok: false, reason: 'too-little-overlap', message: tooLittleOverlapMessage() };
  let ci: CaptureTableEstimate['ci'] = {
    method: fit.interval.method,
    level: fit.interval.level,
    low: fit.interval.lower,
    high: fit.interval.upper,
  };
  let bootstrap: CaptureTableEstimate['bootstrap'] = null;
  if (options.interval === 'bootstrap') {
    const names = table.sources;
    const fixed =
      options.model === 'best'
        ? undefined
        : fit.interactions.map(
            (term) => term.split(':').map((name) => names.indexOf(name)) as unknown as readonly [number, number],
          );
    const b = bootstrapInterval(table, {
      replicates: options.replicates,
      seed: options.seed,
      criterion: options.criterion,
      interactions: fixed,
    });
    ci = { method: 'bootstrap', level: b.level, low: b.lower, high: b.upper };
    const chosenModels = b.chosenModels
      .slice(0, 10)
      .map((m) => ({ model: modelText(names, m.interactions), count: m.count }));
    bootstrap = { replicates: b.replicates, seed: options.seed, failed: b.failed, chosenModels };
  }
  const estimate: CaptureTableEstimate = {
    lists: table.sources,
    observed: fit.observedTotal,
    model: modelText(table.sources, fit.interactions),
    nhat: fit.nHat,
    hidden: fit.unobserved.estimate,
    ci,
    aic: fit.aic,
    bic: fit.bic,
    deviance: fit.deviance,
    df: fit.df,
    selection: selection ?? { mode: options.model, criterion: null, search: null, modelsTried: 1, modelsExcluded: 0 },
    dropped,
    bootstrap,
  };
  return { ok: true, estimate };
}
