import type { Rng } from '../../random/index.ts';
import { samplePoisson } from '../sample-poisson.ts';
import { sampleGamma } from './sample-gamma.ts';

/**
 * Number of failures before the `size`-th success in trials that succeed with `probability` (as
 * GSL's gsl_ran_negative_binomial, which LCMCR uses): mean size·(1 − p)/p. Drawn as a Poisson whose
 * mean is Gamma(size, rate p/(1 − p)), which costs the same for any size.
 */
export function sampleNegativeBinomial(size: number, probability: number, rng: Rng): number {
  if (!(size > 0) || !Number.isFinite(size)) throw new Error(`sampleNegativeBinomial needs size > 0, got ${size}`);
  if (!(probability > 0 && probability <= 1)) {
    throw new Error(`sampleNegativeBinomial needs 0 < probability <= 1, got ${probability}`);
  }
  if (probability === 1) return 0;
  return samplePoisson(sampleGamma(size, probability / (1 - probability), rng), rng.next);
}
