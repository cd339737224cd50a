import { logFactorial } from './log-factorial.ts';

/**
 * One Binomial(trials, p) draw: inversion when the smaller of the two expected counts is below 10,
 * Hörmann's transformed rejection (BTRS, 1993; as TensorFlow and JAX) above, so the cost does not
 * grow with the number of trials.
 */
export function sampleBinomial(trials: number, p: number, random: () => number): number {
  if (!Number.isInteger(trials) || trials < 0)
    throw new Error(`sampleBinomial needs integer trials >= 0, got ${trials}`);
  if (!(p >= 0 && p <= 1)) throw new Error(`sampleBinomial needs 0 <= p <= 1, got ${p}`);
  if (trials === 0 || p === 0) return 0;
  if (p === 1) return trials;
  if (p > 0.5) return trials - sampleBinomial(trials, 1 - p, random);
  return trials * p < 10 ? byInversion(trials, p, random) : byRejection(trials, p, random);
}

function byInversion(trials: number, p: number, random: () => number): number {
  const q = 1 - p;
  const odds = p / q;
  const a = (trials + 1) * odds;
  let probability = q ** trials;
  let u = random();
  let k = 0;
  while (u > probability && k < trials) {
    u -= probability;
    k++;
    probability *= a / k - odds;
  }
  return k;
}

function byRejection(trials: number, p: number, random: () => number): number {
  const q = 1 - p;
  const spq = Math.sqrt(trials * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = trials * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const logOdds = Math.log(p / q);
  const mode = Math.floor((trials + 1) * p);
  const h = logFactorial(mode) + logFactorial(trials - mode);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > trials) continue;
    if (us >= 0.07 && v <= vr) return k;
    const bound = h - logFactorial(k) - logFactorial(trials - k) + (k - mode) * logOdds;
    if (Math.log((v * alpha) / (a / (us * us) + b)) <= bound) return k;
  }
}
