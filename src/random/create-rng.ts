import { seededRandom } from './seeded-random.ts';

/** A seeded pseudo-random source: the only randomness the simulator uses (never Math.random). */
export type Rng = {
  /** uniform on [0, 1) */
  next(): number;
  /** integer uniform on [0, n) */
  int(n: number): number;
  bernoulli(p: number): boolean;
  /** standard normal (Box–Muller) */
  normal(): number;
  /** exp(N(log(median), sigma)) */
  lognormal(median: number, sigma: number): number;
  poisson(lambda: number): number;
  pick<T>(items: readonly T[]): T;
};

/** splitmix32: spreads a seed (and a stream name) into a well-mixed 32-bit state. */
export function mixSeed(seed: number, stream = ''): number {
  let h = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ Math.trunc(seed / 0x100000000), 0x85ebca6b) >>> 0;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  h = (h + 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

/** mulberry32 seeded through splitmix32; separate streams keep e.g. faults from shifting the population. */
export function createRng(seed: number, stream = ''): Rng {
  const next = seededRandom(mixSeed(seed, stream));
  let spareNormal: number | null = null;
  const normal = (): number => {
    if (spareNormal !== null) {
      const z = spareNormal;
      spareNormal = null;
      return z;
    }
    let u = next();
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const poisson = (lambda: number): number => {
    if (lambda <= 0) return 0;
    if (lambda > 50) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = next();
    while (p > limit) {
      k++;
      p *= next();
    }
    return k;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    bernoulli: (p) => next() < p,
    normal,
    lognormal: (median, sigma) => median * Math.exp(sigma * normal()),
    poisson,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}
