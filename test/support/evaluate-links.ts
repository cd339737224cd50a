export type LinkScores = { readonly precision: number; readonly recall: number; readonly f1: number };
export type LinkEvaluation = {
  readonly pairs: LinkScores;
  readonly clusters: LinkScores;
  readonly truePairs: number;
  readonly predictedPairs: number;
  /** predicted pairs that are true pairs (predictedPairs − foundPairs are false pairs) */
  readonly foundPairs: number;
};

const scores = (hits: number, predicted: number, actual: number): LinkScores => {
  const precision = predicted === 0 ? 1 : hits / predicted;
  const recall = actual === 0 ? 1 : hits / actual;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};
const pairsIn = (n: number) => (n * (n - 1)) / 2;
const countsOf = (labels: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
};

/**
 * Scores predicted clusters against the truth, record i being in cluster `predicted[i]` and truly
 * person `truth[i]`. Pairs: precision and recall of the record pairs put together. Clusters
 * (person level): a predicted cluster is right when it holds exactly one true person's records.
 */
export function evaluateLinks(predicted: readonly string[], truth: readonly string[]): LinkEvaluation {
  const both = countsOf(predicted.map((p, i) => `${p}\u0000${truth[i]}`));
  const byPredicted = countsOf(predicted);
  const byTruth = countsOf(truth);
  let hits = 0;
  for (const n of both.values()) hits += pairsIn(n);
  let predictedPairs = 0;
  for (const n of byPredicted.values()) predictedPairs += pairsIn(n);
  let truePairs = 0;
  for (const n of byTruth.values()) truePairs += pairsIn(n);
  let exact = 0;
  for (const [key, n] of both) {
    const [p, t] = key.split('\u0000') as [string, string];
    if (byPredicted.get(p) === n && byTruth.get(t) === n) exact++;
  }
  return {
    pairs: scores(hits, predictedPairs, truePairs),
    clusters: scores(exact, byPredicted.size, byTruth.size),
    truePairs,
    predictedPairs,
    foundPairs: hits,
  };
}
