/**
 * mulberry32: a seeded uniform generator on [0, 1) whose state is the seed's 32 bits, so a seed
 * gives the same sequence on every machine and run. The only source of randomness in the code:
 * the bootstrap draws from it directly, the simulator through `createRng`.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
