// Seeded randomness: one generator (mulberry32) for the simulator, the bootstrap and the tests.
export { createRng, mixSeed, type Rng } from './create-rng.ts';
export { seededRandom } from './seeded-random.ts';
