/**
 * The perturbation table of the cell-key method (as the ABS TableBuilder, Destatis and the ONS use
 * it; see docs/decisions/0008-cell-key-perturbation.md): a count v ≥ 1 is published as v + e, where
 * e ∈ −D…D is read from the table's row for v at the count's cell key. The cell key is a function
 * of the set of units counted (src/indicators/sql/cell-key-sql.ts), so the same units always get
 * the same noise, in every table, edition and on the live page: averaging releases or subtracting
 * one from another gains nothing where nothing changed, and where something changed both the old
 * and the new figure carry noise. Zeros stay zero (a zero describes nobody, and empty cells are a
 * finding); a count is never perturbed to zero or below.
 *
 * The table is public (Kerckhoffs: the protection must hold when the method is known); the store's
 * secret behind the cell keys is not.
 */

/** The largest change the noise makes to a count. */
export const maxNoise = 3;

/** Probabilities of the noise −3 … +3 for a count of 4 or more: mean 0, variance 2.1, mean absolute change 1.1. */
export const noiseProbabilities: readonly number[] = [0.05, 0.1, 0.2, 0.3, 0.2, 0.1, 0.05];

/**
 * The noise distribution for a count v: the table's probabilities, cut off so that v + e ≥ 1 and
 * scaled to add up to 1 again (only counts 1–3 are cut, and those are withheld whatever their noise).
 */
export function noiseDistribution(value: number): { readonly noise: number; readonly probability: number }[] {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`a count is a whole number ≥ 0, got ${value}`);
  if (value === 0) return [{ noise: 0, probability: 1 }];
  const allowed = noiseProbabilities
    .map((probability, i) => ({ noise: i - maxNoise, probability }))
    .filter(({ noise }) => value + noise >= 1);
  const total = allowed.reduce((sum, n) => sum + n.probability, 0);
  return allowed.map(({ noise, probability }) => ({ noise, probability: probability / total }));
}

/** The published value of a count with its cell key (a number in [0, 1)): the same pair always gives the same value. */
export function perturbCount(value: number, cellKey: number): number {
  if (!(cellKey >= 0 && cellKey < 1)) throw new RangeError(`a cell key lies in [0, 1), got ${cellKey}`);
  const distribution = noiseDistribution(value);
  let cumulative = 0;
  for (const { noise, probability } of distribution) {
    cumulative += probability;
    if (cellKey < cumulative) return value + noise;
  }
  return value + (distribution[distribution.length - 1]?.noise ?? 0);
}
