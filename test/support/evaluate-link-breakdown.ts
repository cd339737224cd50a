/** Linkage quality on the records that carry one phenomenon (a twin, an asylum child, a call name …). */
export type PhenomenonBreakdown = {
  readonly phenomenon: string;
  /** records carrying it */
  readonly records: number;
  /** pairs of records of one true person, at least one of them carrying it */
  readonly truePairs: number;
  /** of those, the pairs put in one cluster */
  readonly foundPairs: number;
  /** foundPairs / truePairs; null without true pairs */
  readonly recall: number | null;
  /** pairs of records of two different true persons put in one cluster, at least one carrying it */
  readonly falsePairs: number;
  /**
   * Wrong merges of relatives: false pairs whose two records both carry it and whose true persons
   * are each other's twin or sibling (`relativeOf`). Counted for every phenomenon; it means most for
   * `twin` and `sibling`.
   */
  readonly relativeMerges: number;
};

export type LinkBreakdown = {
  readonly truePairs: number;
  readonly foundPairs: number;
  readonly falsePairs: number;
  readonly phenomena: readonly PhenomenonBreakdown[];
};

const groupIndices = (labels: readonly string[]) => {
  const groups = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const group = groups.get(label);
    if (group) group.push(i);
    else groups.set(label, [i]);
  });
  return groups.values();
};

/**
 * Breaks pairwise linkage quality down by phenomenon. Record i is in predicted cluster
 * `predicted[i]`, is truly person `truth[i]` and carries `phenomena[i]`; `relativeOf` maps a true
 * person to their twin or sibling. Phenomena are reported in the order of `order`, then any others
 * in order of first appearance.
 */
export function evaluateLinkBreakdown(input: {
  readonly predicted: readonly string[];
  readonly truth: readonly string[];
  readonly phenomena: readonly (readonly string[])[];
  readonly relativeOf?: ReadonlyMap<string, string>;
  readonly order?: readonly string[];
}): LinkBreakdown {
  const { predicted, truth, phenomena } = input;
  const relativeOf = input.relativeOf ?? new Map<string, string>();
  type Tally = { records: number; truePairs: number; foundPairs: number; falsePairs: number; relativeMerges: number };
  const tallies = new Map<string, Tally>();
  const tally = (p: string): Tally => {
    let t = tallies.get(p);
    if (!t) {
      t = { records: 0, truePairs: 0, foundPairs: 0, falsePairs: 0, relativeMerges: 0 };
      tallies.set(p, t);
    }
    return t;
  };
  for (const p of input.order ?? []) tally(p);
  for (const list of phenomena) for (const p of new Set(list)) tally(p).records++;
  const either = (i: number, j: number) => new Set([...(phenomena[i] ?? []), ...(phenomena[j] ?? [])]);

  let truePairs = 0;
  let foundPairs = 0;
  for (const members of groupIndices(truth)) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const i = members[a] as number;
        const j = members[b] as number;
        const found = predicted[i] === predicted[j];
        truePairs++;
        if (found) foundPairs++;
        for (const p of either(i, j)) {
          const t = tally(p);
          t.truePairs++;
          if (found) t.foundPairs++;
        }
      }
    }
  }
  let falsePairs = 0;
  for (const members of groupIndices(predicted)) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const i = members[a] as number;
        const j = members[b] as number;
        if (truth[i] === truth[j]) continue;
        falsePairs++;
        const relatives = relativeOf.get(truth[i] as string) === truth[j];
        for (const p of either(i, j)) {
          const t = tally(p);
          t.falsePairs++;
          if (relatives && phenomena[i]?.includes(p) && phenomena[j]?.includes(p)) t.relativeMerges++;
        }
      }
    }
  }
  return {
    truePairs,
    foundPairs,
    falsePairs,
    phenomena: [...tallies].map(([phenomenon, t]) => ({
      phenomenon,
      ...t,
      recall: t.truePairs === 0 ? null : t.foundPairs / t.truePairs,
    })),
  };
}
