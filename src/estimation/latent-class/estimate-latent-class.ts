import { createRng } from '../../random/index.ts';
import type { CaptureTable } from '../capture-table.ts';
import { completeCaptureTable } from '../complete-capture-table.ts';
import { EstimationInputError } from '../estimation-input-error.ts';
import { quantile } from '../quantile.ts';
import { bulkEffectiveSampleSize } from './effective-sample-size.ts';
import { type ObservedPatterns, runLatentClassChain } from './run-latent-class-chain.ts';
import { splitRHat } from './split-r-hat.ts';

export interface LatentClassOptions {
  /** Seeds every chain (chain c draws from the stream `latent-class chain c`): same seed, same draws. */
  readonly seed: number;
  /** Independent chains from random starts; default 4. */
  readonly chains?: number;
  /** Iterations per chain after burn-in; default 200,000 (N mixes slowly: about one effective draw per 1,000 iterations on Kosovo). */
  readonly iterations?: number;
  /** Iterations per chain discarded first; default 10,000 (as LCMCR's example). */
  readonly burnIn?: number;
  /** Keep every thinning-th iteration; default 50 (4,000 draws per chain). */
  readonly thinning?: number;
  /** K*, the truncation of the stick-breaking prior; default 10 (LCMCR's Kosovo example; lcmCR's own default is 5). */
  readonly maxClasses?: number;
  /** Called now and then with iterations done and to do, over all chains. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** R-hat below this and bulk ESS at least `minimumEss` count as converged. */
export const convergenceThresholds = { maximumRHat: 1.01, minimumEss: 400 } as const;

export interface LatentClassEstimate {
  readonly method: 'latent-class';
  readonly observed: number;
  /** Posterior of N (observed + unseen): mean, median and the 95% equal-tailed credible interval. */
  readonly mean: number;
  readonly median: number;
  readonly interval: { readonly level: 0.95; readonly lower: number; readonly upper: number };
  /** The kept draws of N, one array per chain. */
  readonly draws: readonly (readonly number[])[];
  readonly diagnostics: {
    /** rank-normalised split R-hat of N (Vehtari et al. 2021) */
    readonly rHat: number;
    /** bulk effective sample size of N over all chains */
    readonly ess: number;
    readonly converged: boolean;
    /** what to do when not converged; null when converged */
    readonly message: string | null;
  };
  /** Classes holding anyone, over the kept draws: when `max` reaches K*, raise `maxClasses`. */
  readonly occupiedClasses: { readonly mean: number; readonly max: number };
  readonly settings: {
    readonly chains: number;
    readonly iterations: number;
    readonly burnIn: number;
    readonly thinning: number;
    readonly maxClasses: number;
    readonly alphaPrior: { readonly shape: number; readonly rate: number };
  };
}

function wholeNumber(value: number, field: string, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new EstimationInputError(`${field} must be a whole number of at least ${minimum}`, field, value);
  }
  return value;
}

function toPatterns(table: CaptureTable): ObservedPatterns {
  const { sources, histories, counts } = completeCaptureTable(table);
  if (sources.length < 3) {
    throw new EstimationInputError('a latent-class model needs at least three lists', 'sources', sources);
  }
  counts.forEach((count, i) => {
    if (!Number.isInteger(count)) {
      throw new EstimationInputError('counts must be whole numbers of people', `cells[${histories[i]}].count`, count);
    }
  });
  const kept = histories.flatMap((history, i) =>
    (counts[i] as number) > 0 ? [{ history, count: counts[i] as number }] : [],
  );
  if (kept.length === 0) throw new EstimationInputError('no one was observed', 'cells', table.cells);
  const J = sources.length;
  const seen = new Uint8Array(kept.length * J);
  kept.forEach(({ history }, m) => {
    for (let j = 0; j < J; j++) seen[m * J + j] = history[j] === '1' ? 1 : 0;
  });
  return { lists: J, seen, counts: Int32Array.from(kept.map((cell) => cell.count)) };
}

/**
 * The Bayesian non-parametric latent class estimate of Manrique-Vallier (2016), as R's LCMCR: people
 * fall into up to K* latent classes (truncated stick-breaking prior, concentration α ~ Gamma(0.25, 0.25)),
 * within a class the lists capture independently with probabilities λ_jk ~ Beta(1, 1), and p(N) ∝ 1/N.
 * Heterogeneity in how visible people are is what the classes absorb. Runs `chains` Gibbs chains
 * (`runLatentClassChain`) and pools their draws of N; convergence is judged on N alone.
 */
export function estimateLatentClass(table: CaptureTable, options: LatentClassOptions): LatentClassEstimate {
  const data = toPatterns(table);
  if (!Number.isFinite(options.seed))
    throw new EstimationInputError('seed must be a finite number', 'seed', options.seed);
  const chains = wholeNumber(options.chains ?? 4, 'chains', 1);
  const iterations = wholeNumber(options.iterations ?? 200_000, 'iterations', 1);
  const burnIn = wholeNumber(options.burnIn ?? 10_000, 'burnIn', 0);
  const thinning = wholeNumber(options.thinning ?? 50, 'thinning', 1);
  const maxClasses = wholeNumber(options.maxClasses ?? 10, 'maxClasses', 1);
  if (Math.floor(iterations / thinning) < 4) {
    throw new EstimationInputError(
      'iterations / thinning must keep at least 4 draws per chain',
      'iterations',
      iterations,
    );
  }
  const alphaPrior = { shape: 0.25, rate: 0.25 };
  const perChain = burnIn + iterations;
  const runs = Array.from({ length: chains }, (_, c) =>
    runLatentClassChain(
      data,
      {
        burnIn,
        iterations,
        thinning,
        maxClasses,
        alphaShape: alphaPrior.shape,
        alphaRate: alphaPrior.rate,
        onIteration: (done) => options.onProgress?.(c * perChain + done, chains * perChain),
      },
      createRng(options.seed, `latent-class chain ${c}`),
    ),
  );
  const draws = runs.map((run) => run.n);
  const pooled = draws.flat().sort((a, b) => a - b);
  const occupied = runs.flatMap((run) => run.occupied);
  const rHat = splitRHat(draws);
  const ess = bulkEffectiveSampleSize(draws);
  const converged = rHat < convergenceThresholds.maximumRHat && ess >= convergenceThresholds.minimumEss;
  const message = converged
    ? null
    : `not converged (R-hat ${rHat.toFixed(3)}, should be below ${convergenceThresholds.maximumRHat}; ` +
      `effective sample size ${Math.round(ess)}, should be at least ${convergenceThresholds.minimumEss}): ` +
      'run more iterations or chains, or thin more, before using this estimate';
  return {
    method: 'latent-class',
    observed: data.counts.reduce((s, c) => s + c, 0),
    mean: pooled.reduce((s, x) => s + x, 0) / pooled.length,
    median: quantile(pooled, 0.5),
    interval: { level: 0.95, lower: quantile(pooled, 0.025), upper: quantile(pooled, 0.975) },
    draws,
    diagnostics: { rHat, ess, converged, message },
    occupiedClasses: { mean: occupied.reduce((s, x) => s + x, 0) / occupied.length, max: Math.max(...occupied) },
    settings: { chains, iterations, burnIn, thinning, maxClasses, alphaPrior },
  };
}
