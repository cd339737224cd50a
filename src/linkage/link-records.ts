import type { Store } from '../store/index.ts';
import { type AcceptedPair, type Clustering, clusterPairs } from './cluster-pairs.ts';
import { fitLinkageModel, type LinkageModel, posteriorOf } from './fit-linkage-model.ts';
import { type LinkSpec, levelsOf } from './link-spec.ts';

/** An analyst's verdict on a pair of records (by rid); it overrides the model in every later run. */
export type PairDecision = { readonly left: number; readonly right: number; readonly decision: 'accept' | 'reject' };

/** A pair near the threshold, for review: its weight and each field's share of it (log2 Bayes factors). */
export type ReviewPair = {
  readonly left: number;
  readonly right: number;
  readonly weight: number;
  readonly probability: number;
  readonly contributions: Readonly<Record<string, number>>;
};

export type LinkedRecords = {
  readonly model: LinkageModel;
  /** Match probability from which a pair is accepted: the one with the best estimated F1. */
  readonly threshold: number;
  readonly estimated: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly acceptedPairs: number;
  /** Per rid, the smallest rid of its cluster. */
  readonly roots: Int32Array;
  /** Accepted pairs the clustering did not apply (see `clusterPairs`). */
  readonly refusedMerges: Clustering['refused'];
  readonly review: readonly ReviewPair[];
};

/** The threshold that maximises the model's own estimate of F1 over the candidate pairs. */
export function chooseThreshold(scored: readonly { probability: number; count: number }[]): {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
} {
  const sorted = [...scored].sort((a, b) => b.probability - a.probability);
  const expectedMatches = sorted.reduce((a, s) => a + s.probability * s.count, 0);
  let best = { threshold: 0.5, precision: 0, recall: 0, f1: -1 };
  let tp = 0;
  let selected = 0;
  for (const s of sorted) {
    tp += s.probability * s.count;
    selected += s.count;
    const f1 = (2 * tp) / (selected + expectedMatches);
    if (f1 > best.f1) best = { threshold: s.probability, precision: tp / selected, recall: tp / expectedMatches, f1 };
  }
  return best;
}

const log2 = (x: number) => Math.log2(Math.max(x, 1e-300));

/**
 * Links the records of `spec.recordTable`: blocking and comparison vectors in SQL, EM on their
 * patterns, match weights (term-frequency adjusted) in SQL, then clusters of the accepted pairs,
 * strongest first, with the analysts' decisions applied (an accept always links, a reject never,
 * even transitively) and, given `distinctKeys` (per rid, e.g. the BSN token), never two different
 * keys in one cluster.
 */
export async function linkRecords(
  store: Store,
  spec: LinkSpec,
  decisions: readonly PairDecision[] = [],
  reviewBand = [0.05, 0.95] as const,
  distinctKeys?: readonly (string | null)[],
): Promise<LinkedRecords> {
  return store.session(() => linkRecordsOnOneConnection(store, spec, decisions, reviewBand, distinctKeys));
}

async function linkRecordsOnOneConnection(
  store: Store,
  spec: LinkSpec,
  decisions: readonly PairDecision[],
  reviewBand: readonly [number, number],
  distinctKeys: readonly (string | null)[] | undefined,
): Promise<LinkedRecords> {
  const { patterns, ...model } = await fitLinkageModel(store, spec);
  const { m, u, lambda } = model;
  const chosen = chooseThreshold(
    patterns.map((p) => ({ probability: posteriorOf(p.levels, m, u, lambda), count: p.count })),
  );
  const t = spec.recordTable;
  const tfJoins: string[] = [];
  const weightColumns = spec.fields.map((field, f) => {
    const top = levelsOf(field) - 1;
    const cases = Array.from(
      { length: levelsOf(field) },
      (_, l) => `WHEN ${l} THEN ${log2((m[f]?.[l] as number) / (u[f]?.[l] as number))}`,
    );
    if (field.termFrequency) {
      tfJoins.push(
        `LEFT JOIN (SELECT part, ${field.column} AS v, count(*) / sum(count(*)) OVER (PARTITION BY part) AS tf FROM ${t} GROUP BY part, ${field.column}) tf${f} ON tf${f}.part = l.part AND tf${f}.v = l.${field.column}`,
      );
      cases.unshift(`WHEN ${top} THEN ${log2(m[f]?.[top] as number)} - log2(greatest(tf${f}.tf, 1e-9))`);
    }
    return `CASE g.g${f} ${cases.join(' ')} ELSE 0 END AS w${f}`;
  });
  const prior = log2(lambda / (1 - lambda));
  const total = spec.fields.map((_, f) => `w${f}`).join(' + ');
  await store.run(`CREATE OR REPLACE TEMP TABLE lk_scored AS
    SELECT l, r, ${prior} + ${total} AS weight, ${spec.fields.map((_, f) => `w${f}`).join(', ')} FROM (
      SELECT g.l, g.r, ${weightColumns.join(', ')} FROM lk_gamma g JOIN ${t} l ON l.rid = g.l ${tfJoins.join(' ')})`);
  const weightOf = (p: number) => log2(p / (1 - p));
  const low = Math.min(weightOf(reviewBand[0]), weightOf(chosen.threshold));
  const rows = await store.all(`SELECT * FROM lk_scored WHERE weight >= ? ORDER BY l, r`, [low]);
  const [records] = await store.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${t}`);
  const thresholdWeight = weightOf(Math.min(chosen.threshold, 1 - 1e-15));
  const verdict = new Map(
    decisions.map((d) => [`${Math.min(d.left, d.right)}|${Math.max(d.left, d.right)}`, d.decision]),
  );
  const accepted: AcceptedPair[] = [];
  const review: ReviewPair[] = [];
  for (const row of rows) {
    const left = Number(row.l);
    const right = Number(row.r);
    const weight = Number(row.weight);
    const decided = verdict.get(`${left}|${right}`);
    if (decided === undefined && weight >= thresholdWeight) accepted.push({ left, right, weight });
    const probability = 1 / (1 + 2 ** -weight);
    if (decided === undefined && probability >= reviewBand[0] && probability <= reviewBand[1]) {
      review.push({
        left,
        right,
        weight,
        probability,
        contributions: Object.fromEntries(spec.fields.map((field, f) => [field.name, Number(row[`w${f}`])])),
      });
    }
  }
  const pairsOf = (decision: PairDecision['decision']) =>
    decisions.filter((d) => d.decision === decision).map((d) => [d.left, d.right] as const);
  const mustLink = pairsOf('accept');
  const { roots, refused } = clusterPairs(records?.n ?? 0, accepted, {
    cannotLink: pairsOf('reject'),
    mustLink,
    distinctKeys,
  });
  return {
    model,
    threshold: chosen.threshold,
    estimated: { precision: chosen.precision, recall: chosen.recall, f1: chosen.f1 },
    acceptedPairs: accepted.length + mustLink.length,
    roots,
    refusedMerges: refused,
    review,
  };
}
