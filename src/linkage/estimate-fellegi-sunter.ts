/** A comparison pattern (one level per field, -1 = missing) and how many pairs show it. */
export type ComparisonPattern = { readonly levels: readonly number[]; readonly count: number };

/** Per field, the probability of each level among matches (m) or non-matches (u). */
export type LevelProbabilities = readonly (readonly number[])[];

const floor = 1e-6;
const normalise = (xs: number[]) => {
  const total = xs.reduce((a, b) => a + b, 0);
  return xs.map((x) => Math.max(floor, x / total));
};

/** Level frequencies among random pairs: the u probabilities (with a floor so no level is impossible). */
export function estimateU(patterns: readonly ComparisonPattern[], levelCounts: readonly number[]): number[][] {
  return levelCounts.map((n, f) => {
    const counts = new Array<number>(n).fill(0.5);
    for (const p of patterns) {
      const level = p.levels[f] as number;
      if (level >= 0) counts[level] = (counts[level] as number) + p.count;
    }
    return normalise(counts);
  });
}

/** Initial m: agreement likely, increasingly so for the higher levels. */
export const initialM = (levelCounts: readonly number[]): number[][] =>
  levelCounts.map((n) => normalise(Array.from({ length: n }, (_, l) => (l === n - 1 ? 0.85 : 0.15 / (n - 1)))));

export type EmResult = { readonly m: number[][]; readonly lambda: number; readonly iterations: number };

/**
 * Expectation–maximisation of the match proportion and the m probabilities of the `active` fields
 * over aggregated patterns, u held fixed (estimated from random pairs, as Splink does). Fields that
 * are not active (those a blocking rule implies) are left out of the likelihood.
 */
export function fitMatchProbabilities(
  patterns: readonly ComparisonPattern[],
  u: LevelProbabilities,
  active: readonly boolean[],
  start: { m: LevelProbabilities; lambda: number },
): EmResult {
  let m = start.m.map((levels) => [...levels]);
  let lambda = start.lambda;
  let iterations = 0;
  for (; iterations < 200; iterations++) {
    const mCounts = m.map((levels) => levels.map(() => 0));
    let matches = 0;
    let total = 0;
    for (const p of patterns) {
      let logRatio = Math.log(lambda / (1 - lambda));
      p.levels.forEach((level, f) => {
        if (level >= 0 && active[f]) logRatio += Math.log((m[f]?.[level] as number) / (u[f]?.[level] as number));
      });
      const posterior = 1 / (1 + Math.exp(-logRatio));
      matches += posterior * p.count;
      total += p.count;
      p.levels.forEach((level, f) => {
        if (level >= 0 && active[f])
          (mCounts[f] as number[])[level] = ((mCounts[f] as number[])[level] as number) + posterior * p.count;
      });
    }
    const next = mCounts.map((counts, f) =>
      active[f] && counts.some((c) => c > 0) ? normalise(counts) : (m[f] as number[]),
    );
    const nextLambda = Math.min(1 - floor, Math.max(floor, matches / total));
    const change = Math.max(
      Math.abs(nextLambda - lambda),
      ...next.flatMap((levels, f) => levels.map((x, l) => Math.abs(x - (m[f]?.[l] as number)))),
    );
    m = next;
    lambda = nextLambda;
    if (change < 1e-6) break;
  }
  return { m, lambda, iterations };
}

/** log2 Bayes factor of one field's level; 0 when the level is missing. */
export const fieldWeight = (m: LevelProbabilities, u: LevelProbabilities, f: number, level: number): number =>
  level < 0 ? 0 : Math.log2((m[f]?.[level] as number) / (u[f]?.[level] as number));
