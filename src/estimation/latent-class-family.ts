import type { CaptureTable } from './capture-table.ts';
import { EstimationInputError } from './estimation-input-error.ts';
import { estimateLatentClass, type LatentClassOptions } from './latent-class/index.ts';
import type { ModelFamilyEstimate } from './model-family-estimate.ts';
import { maxTotalPerObserved, tooLittleOverlapMessage } from './refuse-too-little-overlap.ts';

/** How long the latent-class model runs when the published estimator uses it. */
export type LatentClassRun = Omit<LatentClassOptions, 'seed' | 'onProgress'>;

/**
 * 4 chains × 50,000 iterations after 5,000, thinned by 25 (8,000 draws): about 8 s for four lists.
 * Shorter than `estimateLatentClass`'s own default (4 × 200,000), so a pipeline with a dozen
 * tables stays in minutes; a run that does not converge says so (`warning`).
 */
export const defaultLatentClassRun: LatentClassRun & { readonly iterations: number } = {
  chains: 4,
  iterations: 50_000,
  burnIn: 5_000,
  thinning: 25,
};

/**
 * The latent-class model's answer as one model family, or why there is none. When the published
 * figure uses it, chains that have not converged (R-hat ≥ 1.01 or effective sample size < 400) are
 * run once more, four times as long; an answer that still has not (or one shown only beside the
 * figure) is kept with that warning.
 */
export function latentClassFamily(
  table: CaptureTable,
  options: { seed: number; run?: LatentClassRun; published: boolean; onProgress?: LatentClassOptions['onProgress'] },
): ModelFamilyEstimate {
  try {
    const run = { ...defaultLatentClassRun, ...options.run };
    const once = (iterations: number) =>
      estimateLatentClass(table, {
        seed: options.seed,
        ...run,
        iterations,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
    const iterations = run.iterations ?? defaultLatentClassRun.iterations;
    const first = once(iterations);
    // only an answer the published figure uses is worth the longer run; a row shown beside it keeps its warning
    const e = first.diagnostics.converged || !options.published ? first : once(4 * iterations);
    if (e.median > maxTotalPerObserved * e.observed)
      return { family: 'latent-class', published: false, status: 'not-estimable', reason: tooLittleOverlapMessage() };
    const { rHat, ess, converged } = e.diagnostics;
    return {
      family: 'latent-class',
      published: options.published,
      status: 'ok',
      total: e.median,
      lower: e.interval.lower,
      upper: e.interval.upper,
      intervalMethod: 'posterior',
      model: `latent classes: up to ${e.settings.maxClasses}, on average ${e.occupiedClasses.mean.toFixed(1)} occupied (${e.settings.chains} chains × ${e.settings.iterations.toLocaleString('en')} iterations)`,
      ...(converged
        ? {}
        : {
            warning: `the chains did not converge (R-hat ${rHat.toFixed(3)}, effective sample size ${Math.round(ess)}): run longer before relying on this row`,
          }),
    };
  } catch (error) {
    if (error instanceof EstimationInputError)
      return { family: 'latent-class', published: false, status: 'not-estimable', reason: error.message };
    throw error;
  }
}
