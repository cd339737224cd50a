import type { Rng } from '../../random/index.ts';

/**
 * log of one Gamma(shape, 1) draw: Marsaglia & Tsang (2000) for shape ≥ 1; below 1 their boost
 * G(a) = G(a + 1)·U^(1/a). Kept on the log scale because U^(1/a) underflows to 0 for the tiny
 * shapes the stick-breaking weights reach (α + 0 people in the later classes), and a weight of
 * exactly 0 or 1 would make log(1 − V) infinite in the update of α.
 */
export function sampleLogGamma(shape: number, rng: Rng): number {
  if (!(shape > 0) || !Number.isFinite(shape)) throw new Error(`sampleLogGamma needs a finite shape > 0, got ${shape}`);
  if (shape < 1) return sampleLogGamma(shape + 1, rng) + Math.log(1 - rng.next()) / shape;
  return Math.log(marsagliaTsang(shape, rng));
}

/** Marsaglia & Tsang's squeeze-and-reject Gamma(shape, 1) draw for shape ≥ 1. */
function marsagliaTsang(shape: number, rng: Rng): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = 1 - rng.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** One Gamma(shape, rate) draw (mean shape/rate); off the log scale when shape ≥ 1, which is faster. */
export function sampleGamma(shape: number, rate: number, rng: Rng): number {
  if (!(rate > 0) || !Number.isFinite(rate)) throw new Error(`sampleGamma needs a finite rate > 0, got ${rate}`);
  if (shape >= 1) return marsagliaTsang(shape, rng) / rate;
  return Math.exp(sampleLogGamma(shape, rng)) / rate;
}
