/**
 * Pairs of lists, best supported first: by the smallest of the four cells of their 2×2 margin over
 * the observed histories (on both, on one only, on the other only, on neither but another list),
 * ties in the order given. A pair with a thin margin is the one whose interaction the data pin down
 * least, so it is the one to give up when not every interaction can be estimated.
 */
export function orderPairsBySupport(
  histories: readonly string[],
  counts: readonly number[],
  pairs: readonly (readonly [number, number])[],
): number[] {
  const support = pairs.map(([i, j]) => {
    const margin = [0, 0, 0, 0];
    histories.forEach((history, row) => {
      const at = (history[i] === '1' ? 2 : 0) + (history[j] === '1' ? 1 : 0);
      margin[at] = (margin[at] as number) + (counts[row] as number);
    });
    return Math.min(...margin);
  });
  return pairs.map((_, p) => p).sort((a, b) => (support[b] as number) - (support[a] as number) || a - b);
}
