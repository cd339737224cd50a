import type { Store } from '../store/index.ts';
import { type Calibration, calibrateOnLabels } from './calibrate-on-labels.ts';
import { type AcceptedPair, type Clustering, clusterPairs, type PartAggregate } from './cluster-pairs.ts';
import { comparisonSql, fitLinkageModel, type LinkageModel, posteriorOf } from './fit-linkage-model.ts';
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
  /** How the labelled pairs (both records with the label field) corrected the model; null without a label field. */
  readonly calibration: {
    readonly labelledPairs: number;
    readonly strength: number;
    /** Share of the labelled matches that the blocking rules other than the label's own find. */
    readonly otherRulesRecall: number;
    /** Matches expected outside the candidate pairs, counted in the estimated recall. */
    readonly missedMatches: number;
  } | null;
  /** Match probability from which a pair is accepted: the one with the best estimated F1. */
  readonly threshold: number;
  readonly estimated: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly acceptedPairs: number;
  /** Per rid, the smallest rid of its cluster. */
  readonly roots: Int32Array;
  /** Accepted pairs the clustering did not apply (see `clusterPairs`). */
  readonly refusedMerges: Clustering['refused'];
  readonly review: readonly ReviewPair[];
  /**
   * The clusters (per rid, the smallest rid of its cluster) had the pairs in the review band gone
   * one way: `apart`, none of them linked (only pairs above the band accepted); `together`, every
   * one of them linked. Reviewers' decisions and `distinctKeys` hold in both. The two extremes of
   * what reviewing the whole queue could do to the numbers built on the clusters (e.g. the estimate).
   */
  readonly reviewBandExtremes: { readonly apart: Int32Array; readonly together: Int32Array };
};

/**
 * The threshold that maximises the model's own estimate of F1 over the candidate pairs;
 * `missedMatches` is the expected number of matches no blocking rule brought together.
 */
export function chooseThreshold(
  scored: readonly { probability: number; count: number }[],
  missedMatches = 0,
): {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
} {
  const sorted = [...scored].sort((a, b) => b.probability - a.probability);
  const expectedMatches = sorted.reduce((a, s) => a + s.probability * s.count, 0) + missedMatches;
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

/** Clusters of the first pass up to this size have all their pairs compared (a bigger one is left as it is). */
const largestComparedCluster = 60;

/** A pattern's levels without the label field as one integer (levels are −1…6, so base 8). */
function patternKey(levels: readonly number[], labelIndex: number): string {
  let key = 0;
  levels.forEach((level, f) => {
    if (f !== labelIndex) key = key * 8 + (level + 1);
  });
  return String(key);
}

/** The same key in SQL over columns `${alias}.g0…`. */
function patternKeySql(fields: number, labelIndex: number, alias: string): string {
  let key = '0::BIGINT';
  for (let f = 0; f < fields; f++) if (f !== labelIndex) key = `(${key} * 8 + ${alias}.g${f} + 1)`;
  return key;
}

/** The key of a pattern's group: its levels of the group fields, as one integer (as a string). */
function groupKey(levels: readonly number[], groupFields: readonly number[]): string {
  return String(groupFields.reduce((key, f) => key * 8 + ((levels[f] as number) + 1), 0));
}

function groupKeySql(groupFields: readonly number[], alias: string): string {
  return groupFields.reduce((key, f) => `(${key} * 8 + ${alias}.g${f} + 1)`, '0::BIGINT');
}

/**
 * The labelled pairs of the candidates (both records carry the label field), found by a blocking
 * rule other than the label's own, so they are chosen as the unlabelled ones are: per pattern, how
 * many and how many agree; and the share of all labelled matches those other rules find.
 */
async function labelledCalibration(
  store: Store,
  spec: LinkSpec,
  model: LinkageModel,
): Promise<{
  index: number;
  groupFields: number[];
  calibration: Calibration;
  otherRulesRecall: number;
  agreeingPairs: number;
} | null> {
  const index = spec.label ? spec.fields.findIndex((f) => f.name === spec.label) : -1;
  if (index < 0 || !spec.label) return null;
  const groupFields = (spec.labelGroups ?? [])
    .map((name) => spec.fields.findIndex((f) => f.name === name))
    .filter((f) => f >= 0);
  const label = spec.label;
  const otherRules = spec.blocking.reduce(
    (mask, rule, i) => (rule.implies.includes(label) ? mask : mask | (2 ** i)),
    0,
  );
  const columns = spec.fields.map((_, f) => `g${f}`).join(', ');
  // per part (victims and suspects are different populations: adults share names more often)
  const rows = await store.all(
    `SELECT p.part, ${columns}, count(*)::INTEGER AS n, count(*) FILTER (WHERE g${index} = 1)::INTEGER AS agree
     FROM lk_gamma g JOIN ${spec.recordTable} p ON p.rid = g.l
     WHERE g${index} >= 0 AND (rules & ${otherRules}) <> 0 GROUP BY ALL`,
  );
  const byKey = new Map<string, { part: string; levels: number[]; labelled: number; agreeing: number }>();
  for (const row of rows) {
    const levels = spec.fields.map((_, f) => (f === index ? -1 : Number(row[`g${f}`])));
    const part = String(row.part);
    const key = `${part}|${patternKey(levels, index)}`;
    const seen = byKey.get(key) ?? { part, levels, labelled: 0, agreeing: 0 };
    seen.labelled += Number(row.n);
    seen.agreeing += Number(row.agree);
    byKey.set(key, seen);
  }
  const calibration = calibrateOnLabels(
    [...byKey].map(([key, p]) => {
      const probability = Math.min(1 - 1e-15, Math.max(1e-300, posteriorOf(p.levels, model.m, model.u, model.lambda)));
      return {
        key,
        group: `${p.part}|${groupKey(p.levels, groupFields)}`,
        modelBits: Math.log2(probability / (1 - probability)),
        labelled: p.labelled,
        agreeing: p.agreeing,
      };
    }),
  );
  const [found] = await store.all<{ all: number; other: number }>(
    `SELECT count(*)::INTEGER AS all, count(*) FILTER (WHERE (rules & ${otherRules}) <> 0)::INTEGER AS other FROM lk_gamma WHERE g${index} = 1`,
  );
  const otherRulesRecall = (found?.all ?? 0) > 0 ? (found?.other ?? 0) / (found?.all ?? 1) : 1;
  return { index, groupFields, calibration, otherRulesRecall, agreeingPairs: found?.all ?? 0 };
}

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
  const labels = await labelledCalibration(store, spec, model);
  const t = spec.recordTable;
  if (labels) {
    // keys are "part|integer key"
    const split = (key: string) => [key.slice(0, key.lastIndexOf('|')), Number(key.slice(key.lastIndexOf('|') + 1))];
    await store.run(
      'CREATE OR REPLACE TEMP TABLE lk_calibration (part VARCHAR, key BIGINT, labelled DOUBLE, agreeing DOUBLE)',
    );
    await store.append(
      'lk_calibration',
      [...labels.calibration.counts].map(([key, c]) => [...split(key), c.labelled, c.agreeing]),
    );
    await store.run('CREATE OR REPLACE TEMP TABLE lk_shift (part VARCHAR, key BIGINT, bits DOUBLE)');
    await store.append(
      'lk_shift',
      [...labels.calibration.shifts].map(([key, bits]) => [...split(key), bits]),
    );
  }
  // the label is taken as the truth where both records carry it (the calibration assumes it, and
  // the clustering never joins two BSN tokens): a disagreement among matches is an error the labels
  // cannot show, so it gets the rule-of-succession rate of an event never seen in that many matches
  const mScored = m.map((levels, f) => {
    if (!labels || f !== labels.index || levels.length !== 2) return levels;
    const error = 1 / (labels.agreeingPairs + 2);
    return [error, 1 - error];
  });
  // each record's term frequencies, once (joining every pair on a 512-bit value costs more)
  const tfFields = spec.fields.flatMap((field, f) => (field.termFrequency ? [f] : []));
  await store.run(
    `CREATE OR REPLACE TEMP TABLE lk_tf AS SELECT rid, part${tfFields
      .map(
        (f) =>
          `, count(*) OVER (PARTITION BY part, ${spec.fields[f]?.column}) / count(*) OVER (PARTITION BY part) AS tf${f}`,
      )
      .join('')} FROM ${t}`,
  );
  const weightColumns = spec.fields.map((field, f) => {
    const top = levelsOf(field) - 1;
    const cases = Array.from(
      { length: levelsOf(field) },
      (_, l) => `WHEN ${l} THEN ${log2((mScored[f]?.[l] as number) / (u[f]?.[l] as number))}`,
    );
    if (field.termFrequency)
      cases.unshift(`WHEN ${top} THEN ${log2(mScored[f]?.[top] as number)} - log2(greatest(l.tf${f}, 1e-9))`);
    return `CASE g.g${f} ${cases.join(' ')} ELSE 0 END AS w${f}`;
  });
  const prior = log2(lambda / (1 - lambda));
  const wColumns = spec.fields.map((_, f) => `w${f}`);
  // the model's log2 odds without the label field; with labels, updated by its pattern's labelled
  // pairs (calibratedProbability in calibrate-on-labels.ts, in SQL, each step computed once), then
  // the label field's own weight on top
  const other = [String(prior), ...wColumns.filter((_, f) => f !== labels?.index)].join(' + ');
  const labelWeight = labels ? `w${labels.index}` : '0';
  const strength = labels?.calibration.strength ?? 0;
  const pooled = labels && Number.isFinite(strength);
  const scoreSql = (gamma: string, target: string) => `CREATE OR REPLACE TEMP TABLE ${target} AS
    WITH s AS (
      SELECT g.l, g.r, l.part, ${weightColumns.join(', ')}, ${labels ? `g.g${labels.index}` : '-1'} AS label_level,
        ${labels ? patternKeySql(spec.fields.length, labels.index, 'g') : '0'} AS pattern,
        ${labels ? groupKeySql(labels.groupFields, 'g') : '0'} AS pattern_group
      FROM ${gamma} g JOIN lk_tf l ON l.rid = g.l),
    o AS (SELECT *, ${other} AS other FROM s),
    c AS (
      SELECT o.*, ${labels ? '1 / (1 + pow(2, -greatest(-60, least(60, other + coalesce(h.bits, 0)))))' : 'NULL::DOUBLE'} AS shifted,
        ${labels ? 'c.labelled, c.agreeing' : 'NULL::DOUBLE AS labelled, NULL::DOUBLE AS agreeing'}
      FROM o ${labels ? 'LEFT JOIN lk_calibration c ON c.part = o.part AND c.key = o.pattern LEFT JOIN lk_shift h ON h.part = o.part AND h.key = o.pattern_group' : ''}),
    q AS (
      SELECT *, greatest(1e-12, least(1 - 1e-12,
        CASE WHEN labelled IS NULL ${pooled ? '' : 'OR true'} THEN shifted ELSE (agreeing + ${pooled ? strength : 0} * shifted) / (labelled + ${pooled ? strength : 0}) END)) AS q
      FROM c),
    k AS (SELECT *, ${labels ? 'log2(q) - log2(1 - q)' : 'other'} AS calibrated FROM q)
    SELECT l, r, calibrated + ${labelWeight} AS weight, (calibrated - other)::FLOAT AS calibration, label_level::TINYINT AS label_level
    FROM k`;
  // each field's weight again, only for the pairs read (writing them for every candidate pair costs
  // more than computing them twice for the few accepted, reviewed or weighed against a merge)
  const withFieldWeights = (scored: string, gamma: string, where: string) =>
    `SELECT s.l, s.r, s.weight, s.calibration, ${weightColumns.join(', ')}
     FROM ${scored} s JOIN ${gamma} g ON g.l = s.l AND g.r = s.r JOIN lk_tf l ON l.rid = g.l WHERE ${where}`;
  await store.run(scoreSql('lk_gamma', 'lk_scored'));
  // the threshold from the calibrated weights of all candidate pairs (binned to a tenth of a bit)
  const bins = await store.all<{ w: number; n: number; unlabelled: number }>(
    `SELECT round(weight * 10) / 10 AS w, count(*)::DOUBLE AS n, count(*) FILTER (WHERE label_level < 0)::DOUBLE AS unlabelled
     FROM lk_scored GROUP BY 1`,
  );
  const probabilityOf = (w: number) => 1 / (1 + 2 ** -w);
  // matches outside the candidate pairs: among pairs without the label, as many (relatively) as the
  // other rules miss of the labelled matches
  const missedMatches = labels
    ? bins.reduce((a, b) => a + probabilityOf(Number(b.w)) * Number(b.unlabelled), 0) *
      ((1 - labels.otherRulesRecall) / Math.max(labels.otherRulesRecall, 1e-6))
    : 0;
  const chosen = chooseThreshold(
    bins.map((b) => ({ probability: probabilityOf(Number(b.w)), count: Number(b.n) })),
    missedMatches,
  );
  const weightOf = (p: number) => log2(p / (1 - p));
  const low = Math.min(weightOf(reviewBand[0]), weightOf(chosen.threshold));
  const rows = await store.all(`${withFieldWeights('lk_scored', 'lk_gamma', 's.weight >= ?')} ORDER BY s.l, s.r`, [
    low,
  ]);
  const [records] = await store.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${t}`);
  const thresholdWeight = weightOf(Math.min(chosen.threshold, 1 - 1e-15));
  // each pair's weight by part (the fields, then the calibration), a row per pair, for the clustering's evidence
  const aggregate: PartAggregate[] = [...spec.fields.map((field) => field.acrossCluster ?? 'mean'), 'mean'];
  let parts = new Float32Array(1024 * aggregate.length);
  let partRows = 0;
  const partsOf = (row: Record<string, unknown>): number => {
    if ((partRows + 1) * aggregate.length > parts.length) {
      const grown = new Float32Array(parts.length * 2);
      grown.set(parts);
      parts = grown;
    }
    const at = partRows * aggregate.length;
    spec.fields.forEach((_, f) => {
      parts[at + f] = Number(row[`w${f}`]);
    });
    parts[at + spec.fields.length] = labels ? Number(row.calibration) : 0;
    return partRows++;
  };
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
    if (decided === undefined && weight >= thresholdWeight)
      accepted.push({ left, right, weight, partsAt: partsOf(row) });
    const probability = probabilityOf(weight);
    if (decided === undefined && probability >= reviewBand[0] && probability <= reviewBand[1]) {
      review.push({
        left,
        right,
        weight,
        probability,
        contributions: Object.fromEntries([
          ...spec.fields.map((field, f) => [field.name, Number(row[`w${f}`])]),
          ...(labels ? [['calibration', Number(row.calibration)]] : []),
        ]),
      });
    }
  }
  const pairsOf = (decision: PairDecision['decision']) =>
    decisions.filter((d) => d.decision === decision).map((d) => [d.left, d.right] as const);
  const mustLink = pairsOf('accept');
  const constraints = { cannotLink: pairsOf('reject'), mustLink, distinctKeys };
  const n = records?.n ?? 0;
  // a first pass finds the clusters a chain could have made (three records or more, up to a size
  // whose pairs stay few); every pair of records within such a cluster is then compared and scored,
  // candidate or not, and the pairs below the threshold weigh against merges in the second pass
  const first = clusterPairs(n, accepted, constraints);
  const size = new Int32Array(n);
  for (const root of first.roots) size[root] = (size[root] as number) + 1;
  const chained = Array.from(first.roots.keys()).filter((i) => {
    const s = size[first.roots[i] as number] as number;
    return s >= 3 && s <= largestComparedCluster;
  });
  await store.run('CREATE OR REPLACE TEMP TABLE lk_chained (rid INTEGER, root INTEGER)');
  await store.append(
    'lk_chained',
    chained.map((rid) => [rid, first.roots[rid] as number]),
  );
  await store.run(
    comparisonSql(
      spec,
      `SELECT a.rid AS l, b.rid AS r, 0 AS rules FROM lk_chained a JOIN lk_chained b ON a.root = b.root AND a.rid < b.rid
       WHERE NOT EXISTS (SELECT 1 FROM lk_gamma g WHERE g.l = a.rid AND g.r = b.rid)`,
      'lk_gamma_within',
    ),
  );
  await store.run(scoreSql('lk_gamma_within', 'lk_scored_within'));
  const evidence = (
    await store.all(
      `${withFieldWeights('lk_scored', 'lk_gamma', 's.weight < ? AND s.l IN (SELECT rid FROM lk_chained) AND s.r IN (SELECT rid FROM lk_chained)')}
       UNION ALL ${withFieldWeights('lk_scored_within', 'lk_gamma_within', 's.weight < ?')}`,
      [thresholdWeight, thresholdWeight],
    )
  ).map((e) => ({ left: Number(e.l), right: Number(e.r), weight: Number(e.weight), partsAt: partsOf(e) }));
  const weighed = { ...constraints, evidence, aggregate, parts, prior };
  const { roots, refused } = clusterPairs(n, accepted, weighed);
  // Apart: as above without the accepted pairs inside the band. Together: every pair of the band
  // linked; the weighing of the evidence against a merge is left out, since most pairs below the
  // threshold weigh against their own merge, and linking them anyway is what this extreme means.
  const aboveBand = weightOf(reviewBand[1]);
  const reviewBandExtremes = {
    apart: clusterPairs(
      n,
      accepted.filter((pair) => pair.weight > aboveBand),
      weighed,
    ).roots,
    together: clusterPairs(n, [...accepted, ...review.filter((pair) => pair.weight < thresholdWeight)], constraints)
      .roots,
  };
  return {
    model,
    calibration: labels
      ? {
          labelledPairs: labels.calibration.labelledPairs,
          strength: labels.calibration.strength,
          otherRulesRecall: labels.otherRulesRecall,
          missedMatches,
        }
      : null,
    threshold: chosen.threshold,
    estimated: { precision: chosen.precision, recall: chosen.recall, f1: chosen.f1 },
    acceptedPairs: accepted.length + mustLink.length,
    roots,
    refusedMerges: refused,
    review,
    reviewBandExtremes,
  };
}
