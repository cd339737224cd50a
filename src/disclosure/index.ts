/**
 * Disclosure control by the cell-key method: the perturbation table that turns a count and its
 * cell key into the published value. Applying it to an edition's tables is in
 * src/publish/protect-edition-tables.ts; the attack that checks the result is src/attack. See
 * docs/disclosure.md.
 */
export { maxNoise, noiseDistribution, noiseProbabilities, perturbCount } from './perturb-count.ts';
