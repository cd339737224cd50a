import type { Rng } from '../../random/index.ts';
import { sampleGamma, sampleLogGamma } from './sample-gamma.ts';

/** log V and log(1 − V) of one Beta(a, b) draw V, both finite even when V is within 1e-300 of 0 or 1. */
export interface BetaLogs {
  readonly log: number;
  readonly log1m: number;
}

/** One Beta(a, b) draw as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b), on the log scale. */
export function sampleBetaLogs(a: number, b: number, rng: Rng): BetaLogs {
  const x = sampleLogGamma(a, rng);
  const y = sampleLogGamma(b, rng);
  const top = Math.max(x, y);
  const logSum = top + Math.log(Math.exp(x - top) + Math.exp(y - top));
  return { log: x - logSum, log1m: y - logSum };
}

/** One Beta(a, b) draw (mean a / (a + b)); both shapes ≥ 1 (the capture probabilities) skip the logs. */
export function sampleBeta(a: number, b: number, rng: Rng): number {
  // closed forms by inversion for a class nobody or everybody in it was seen by a list: cheaper than two gammas
  if (a === 1) return 1 - (1 - rng.next()) ** (1 / b);
  if (b === 1) return (1 - rng.next()) ** (1 / a);
  if (a >= 1 && b >= 1) {
    const x = sampleGamma(a, 1, rng);
    return x / (x + sampleGamma(b, 1, rng));
  }
  return Math.exp(sampleBetaLogs(a, b, rng).log);
}
