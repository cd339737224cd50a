// The estimators the capture scenarios score, each a capture table in and an interval for N out, or
// why this table gives none. Adding one is one entry in `scenarioEstimators`.
import {
  bmaDecomposable,
  bootstrapInterval,
  type CaptureTable,
  covariateFamily,
  EstimationInputError,
  estimateLatentClass,
  fitLogLinear,
  estimatePopulationSize,
  type PopulationSizeOptions,
  selectLogLinearModel,
} from '../src/estimation/index.ts';
import { drawCovariateTable, type ScenarioDraw } from './capture-scenarios.ts';
import type { Interval } from './estimation-coverage.ts';

/** No estimate from this table, and the estimator's reason. */
export type NotEstimable = { readonly notEstimable: string };

/** An interval, and what to know about it (e.g. MCMC chains that did not converge). */
export type ScenarioInterval = Interval & { readonly warning?: string };

export type ScenarioEstimator = {
  /** Short name in the printed table. */
  readonly id: string;
  readonly name: string;
  /** The estimator the pipeline publishes: the only one the eval's targets judge. */
  readonly published?: true;
  readonly estimate: (table: CaptureTable, seed: number, draw: ScenarioDraw) => ScenarioInterval | NotEstimable;
};

export type ScenarioEstimatorOptions = {
  readonly bootstrapReplicates: number;
  /** Iterations per latent-class chain after burn-in: its default (200,000 × 4 chains) takes too long here. */
  readonly latentClassIterations: number;
};

/** An estimator that refuses the table with its typed input error gave no estimate; anything else is a bug. */
function unlessRefused(estimate: () => ScenarioInterval): ScenarioInterval | NotEstimable {
  try {
    return estimate();
  } catch (error) {
    if (error instanceof EstimationInputError) return { notEstimable: error.message };
    throw error;
  }
}

export function scenarioEstimators({
  bootstrapReplicates,
  latentClassIterations,
}: ScenarioEstimatorOptions): readonly ScenarioEstimator[] {
  const latentClassRun = { chains: 2, iterations: latentClassIterations, burnIn: 2000, thinning: 10 };
  /** The published estimator, or its rule with one choice changed (a row that shows what the choice costs). */
  const published =
    (
      change: Pick<
        PopulationSizeOptions,
        | 'criterion'
        | 'resample'
        | 'combine'
        | 'criterionFallback'
        | 'everyPairPositive'
        | 'compareFit'
        | 'leaveOutBeyondBound'
        | 'classesSign'
        | 'pairwiseInterval'
      >,
    ): ScenarioEstimator['estimate'] =>
    (table, seed) => {
      const e = estimatePopulationSize(table, { seed, bootstrapReplicates, latentClass: latentClassRun, ...change });
      return e.status === 'ok' ? { nHat: e.total, lower: e.lower, upper: e.upper } : { notEstimable: e.reason };
    };
  return [
    {
      id: 'published',
      name: `the published estimator (estimatePopulationSize; bootstrap ${bootstrapReplicates} replicates, latent classes as below)`,
      published: true,
      estimate: published({}),
    },
    {
      id: 'published-bic',
      name: 'the published rule with its pairwise family chosen by BIC at every K (it uses AIC from four lists): what that choice costs and buys',
      estimate: published({ criterion: 'bic' }),
    },
    {
      id: 'published-aic',
      name: 'the published rule with its pairwise family chosen by AIC with three lists too (it uses BIC with two or three): what BIC’s choice there costs and buys',
      estimate: published({ criterion: 'aic' }),
    },
    {
      id: 'published-unbounded',
      name: 'the published rule with the ten-times bound only refusing the answer (it also makes BIC choose where AIC’s model exceeds it, on the data and in each bootstrap replicate, and draws the largest-model bootstrap from the largest model within it; the rule until 2026-12-07)',
      estimate: published({ criterionFallback: false }),
    },
    {
      id: 'published-no-fit',
      name: 'the published rule without comparing the families’ fit (it combines latent classes whenever heterogeneity is shown and leaves out any family whose AIC on the seen cells is more than 10 above the best; the rule until 2026-12-07, latent classes only when the test fires)',
      estimate: published({ compareFit: false }),
    },
    {
      id: 'published-bound-refuses',
      name: 'the published rule with any combined family above ten times the number seen refusing the table (it leaves such a family out when its AIC on the seen cells is more than 2 above the best, so the families that fit better answer; the rule until 2026-12-07)',
      estimate: published({ leaveOutBeyondBound: false }),
    },
    {
      id: 'published-classes-better',
      name: 'the published rule with latent classes a sign of heterogeneity only when they fit clearly better (it combines the heterogeneity families when two or three classes describe the seen cells about as well as the chosen pairs or better, AIC at most 2 above theirs; stop 26’s rule, 2026-12-07, asked for more than 2 below)',
      estimate: published({ classesSign: 'better' }),
    },
    {
      id: 'published-no-classes-sign',
      name: 'the published rule without latent classes as a sign of heterogeneity (it also combines the heterogeneity families when two or three classes describe the seen cells about as well as the chosen pairs or better; the rule until 2026-12-07)',
      estimate: published({ classesSign: 'off' }),
    },
    {
      id: 'published-model-averaged',
      name: 'the published rule with its pairwise interval averaged over the pairwise models (their tail areas weighted by AIC, by BIC with three lists; Turek & Fletcher 2012) instead of the bootstrap that re-selects the model: no simulated tables, narrower on sparse tables, but the pairs AIC left out count only by their weight',
      estimate: published({ pairwiseInterval: 'model-averaged' }),
    },
    {
      id: 'published-test-only',
      name: 'the published rule combining the heterogeneity families only when the three-way term’s test shows heterogeneity (it also combines them when every pair of lists is positively dependent in the chosen model; the rule until 2026-12-07)',
      estimate: published({ everyPairPositive: false }),
    },
    {
      id: 'published-largest',
      name: 'the published rule with only the bootstrap drawn from the largest estimable pairwise model (it also runs one from the chosen model’s fit and spans both; from four lists the rule until 2026-12-06): what the second bootstrap costs and buys',
      estimate: published({ resample: 'largest' }),
    },
    {
      id: 'published-span',
      name: 'the published rule with, when the data show heterogeneity, the interval from the lowest to the highest limit of the families (it takes the 2.5% and 97.5% points of their equal mixture; the rule until 2026-12-06)',
      estimate: published({ combine: 'span' }),
    },
    {
      id: 'published-resample-seen',
      name: 'the published rule with a nonparametric bootstrap at every K (the seen counts resampled): a second way not to start the replicates from the chosen model',
      estimate: published({ resample: 'observed' }),
    },
    {
      id: 'published-resample-fit',
      name: 'the published rule with its bootstrap drawn from the chosen model’s fit only (it also draws one from the largest estimable pairwise model and spans both; with three lists the rule until 2026-12-08): what the second bootstrap buys',
      estimate: published({ resample: 'fitted' }),
    },
    {
      id: 'true-model',
      name: 'the log-linear model that generated the table (identifiable scenarios only), profile interval: what width the data allow when the model is known',
      estimate: (table, seed, draw) => {
        const pairs = draw.scenario.truePairs?.(draw.lists, seed);
        if (!pairs) return { notEstimable: 'no log-linear model generated this scenario' };
        const fit = fitLogLinear(table, { interactions: pairs });
        return fit.status === 'ok'
          ? { nHat: fit.nHat, lower: fit.interval.lower, upper: fit.interval.upper }
          : { notEstimable: fit.message };
      },
    },
    {
      id: 'aic',
      name: 'AIC-chosen pairwise log-linear model, profile interval',
      estimate: (table) => {
        const chosen = selectLogLinearModel(table, { criterion: 'aic' }).chosen;
        return chosen
          ? { nHat: chosen.nHat, lower: chosen.interval.lower, upper: chosen.interval.upper }
          : { notEstimable: 'no pairwise log-linear model can be estimated from this table' };
      },
    },
    {
      id: 'bootstrap',
      name: `AIC-chosen pairwise model, bootstrap re-selecting the model (${bootstrapReplicates} replicates)`,
      estimate: (table, seed) =>
        unlessRefused(() => {
          const b = bootstrapInterval(table, { seed, replicates: bootstrapReplicates, criterion: 'aic' });
          return { nHat: b.nHat, lower: b.lower, upper: b.upper };
        }),
    },
    {
      id: 'bma',
      name: 'Bayesian model averaging over decomposable graphs (posterior median, 95% credible interval)',
      estimate: (table) =>
        unlessRefused(() => {
          const b = bmaDecomposable(table);
          return { nHat: b.median, lower: b.interval.lower, upper: b.interval.upper };
        }),
    },
    {
      id: 'covariates',
      name: `all pairs + the registered covariate × each list, EM for values not recorded, parametric bootstrap (${bootstrapReplicates} replicates; covariate scenarios only)`,
      estimate: (_table, seed, draw) => {
        const table = drawCovariateTable(draw, seed);
        if (!table) return { notEstimable: 'this scenario has no registered covariate' };
        const f = covariateFamily(table, { seed, replicates: bootstrapReplicates });
        return f.status === 'ok' ? { nHat: f.total, lower: f.lower, upper: f.upper } : { notEstimable: f.reason };
      },
    },
    {
      id: 'latent',
      name: `latent-class model (LCMCR), posterior median, 95% credible interval; ${latentClassRun.chains} chains × ${latentClassRun.iterations.toLocaleString('en')} iterations after ${latentClassRun.burnIn.toLocaleString('en')} burn-in`,
      estimate: (table, seed) =>
        unlessRefused(() => {
          const e = estimateLatentClass(table, { seed, ...latentClassRun });
          const interval = { nHat: e.median, lower: e.interval.lower, upper: e.interval.upper };
          return e.diagnostics.converged ? interval : { ...interval, warning: 'chains not converged (R-hat or ESS)' };
        }),
    },
  ];
}
