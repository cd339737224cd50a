import type { Store } from '../store/index.ts';
import { type ComparisonPattern, estimateU, fitMatchProbabilities, initialM } from './estimate-fellegi-sunter.ts';
import { type LinkSpec, levelSql, levelsOf } from './link-spec.ts';

export type LinkageModel = {
  readonly fields: readonly string[];
  readonly m: number[][];
  readonly u: number[][];
  /** Prior probability that two records of the same part are the same person. */
  readonly lambda: number;
  /** Candidate pairs per blocking rule and the match share EM found among them. */
  readonly sessions: readonly { readonly rule: string; readonly pairs: number; readonly lambda: number }[];
  readonly candidatePairs: number;
  readonly comparablePairs: number;
};

const gammaColumns = (spec: LinkSpec) => spec.fields.map((_, f) => `g${f}`);

/**
 * Named SQL steps: the candidate pairs of all blocking rules, each with the bit set of the rules
 * that found it (EM on a rule must see every pair the rule finds, not only those no earlier rule did).
 */
export function candidatePairsSql(spec: LinkSpec): string {
  const t = spec.recordTable;
  const perRule = spec.blocking.map((rule, i) =>
    rule.keys
      ? `SELECT DISTINCT l.rid AS l, r.rid AS r, ${2 ** i} AS rule FROM (${rule.keys}) a JOIN (${rule.keys}) b ON a.part = b.part AND a.key = b.key AND a.rid < b.rid
           JOIN ${t} l ON l.rid = a.rid JOIN ${t} r ON r.rid = b.rid WHERE ${rule.predicate}`
      : rule.either
        ? `SELECT DISTINCT least(l.rid, r.rid) AS l, greatest(l.rid, r.rid) AS r, ${2 ** i} AS rule
           FROM (SELECT * FROM ${t} l WHERE ${rule.either}) l JOIN ${t} r ON l.part = r.part AND l.rid <> r.rid AND ${rule.predicate}`
        : `SELECT l.rid AS l, r.rid AS r, ${2 ** i} AS rule FROM ${t} l JOIN ${t} r ON l.part = r.part AND l.rid < r.rid AND ${rule.predicate}`,
  );
  return comparisonSql(
    spec,
    `SELECT l, r, bit_or(rule) AS rules FROM (${perRule.join(' UNION ALL ')}) GROUP BY l, r`,
    'lk_gamma',
  );
}

/** The comparison levels (`g0…`) of the pairs a query gives (`l, r, rules`), into a TEMP table. */
export function comparisonSql(spec: LinkSpec, pairs: string, target: string): string {
  const t = spec.recordTable;
  const levels = spec.fields.map((field, f) => `${levelSql(field)}::TINYINT AS g${f}`).join(', ');
  return `CREATE OR REPLACE TEMP TABLE ${target} AS
    WITH pairs AS (${pairs})
    SELECT p.l, p.r, p.rules, ${levels} FROM pairs p JOIN ${t} l ON l.rid = p.l JOIN ${t} r ON r.rid = p.r`;
}

function randomPairsSql(spec: LinkSpec, sample: number): string {
  const levels = spec.fields.map((field, f) => `${levelSql(field)} AS g${f}`).join(', ');
  return `WITH s AS (SELECT * FROM ${spec.recordTable} USING SAMPLE reservoir(${sample} ROWS) REPEATABLE (7)),
    g AS (SELECT ${levels} FROM s l JOIN s r ON l.part = r.part AND l.rid < r.rid)
    SELECT ${gammaColumns(spec).join(', ')}, count(*)::INTEGER AS n FROM g GROUP BY ALL`;
}

const toPatterns = (rows: Record<string, unknown>[], fields: number): ComparisonPattern[] =>
  rows.map((row) => ({ levels: Array.from({ length: fields }, (_, f) => Number(row[`g${f}`])), count: Number(row.n) }));

/**
 * Estimates the Fellegi–Sunter model without labels: u from random pairs, m by EM on the candidate
 * pairs of each blocking rule (leaving out the fields that rule implies, as Splink trains), m
 * averaged over the rules, and the prior by a fixed point over all candidate pairs. Leaves the
 * candidate pairs in the TEMP table `lk_gamma`: call it inside `store.session` to read them after.
 */
export async function fitLinkageModel(
  store: Store,
  spec: LinkSpec,
): Promise<LinkageModel & { patterns: ComparisonPattern[] }> {
  return store.session(() => fitOnOneConnection(store, spec));
}

async function fitOnOneConnection(
  store: Store,
  spec: LinkSpec,
): Promise<LinkageModel & { patterns: ComparisonPattern[] }> {
  const fields = spec.fields.length;
  const levelCounts = spec.fields.map(levelsOf);
  await store.run(candidatePairsSql(spec));
  const byRule = await store.all(
    `SELECT rules, ${gammaColumns(spec).join(', ')}, count(*)::INTEGER AS n FROM lk_gamma GROUP BY ALL`,
  );
  const parts = await store.all<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM ${spec.recordTable} GROUP BY part`);
  const comparablePairs = parts.reduce((a, p) => a + (p.n * (p.n - 1)) / 2, 0);
  const random = toPatterns(await store.all(randomPairsSql(spec, 2500)), fields);
  const u = estimateU(random, levelCounts);
  // an identifier (the BSN token) agrees between two different people only by error, never seen in
  // the random pairs that disagree on it: the rule-of-succession rate, not the share of random pairs
  // that agree (those are the same person, about λ of them, and would cancel the prior)
  const identifier = spec.fields.findIndex((field) => field.name === (spec.identifier ?? spec.label));
  if (identifier >= 0 && levelCounts[identifier] === 2) {
    const disagreeing = random.reduce((a, p) => a + (p.levels[identifier] === 0 ? p.count : 0), 0);
    u[identifier] = [1 - 1 / (disagreeing + 2), 1 / (disagreeing + 2)];
  }
  const sums = levelCounts.map((n) => new Array<number>(n).fill(0));
  const weights = new Array<number>(fields).fill(0);
  const sessions: { rule: string; pairs: number; lambda: number }[] = [];
  spec.blocking.forEach((rule, i) => {
    const patterns = toPatterns(
      byRule.filter((row) => (Number(row.rules) & (2 ** i)) !== 0),
      fields,
    );
    const pairs = patterns.reduce((a, p) => a + p.count, 0);
    if (pairs === 0) return;
    const active = spec.fields.map((f) => !rule.implies.includes(f.name));
    const fit = fitMatchProbabilities(patterns, u, active, { m: initialM(levelCounts), lambda: 0.5 });
    sessions.push({ rule: rule.name, pairs, lambda: fit.lambda });
    fit.m.forEach((levels, f) => {
      if (!active[f]) return;
      const sum = sums[f] as number[];
      levels.forEach((x, l) => {
        sum[l] = (sum[l] as number) + x;
      });
      weights[f] = (weights[f] as number) + 1;
    });
  });
  const fallback = initialM(levelCounts);
  const m = sums.map((levels, f) =>
    (weights[f] as number) > 0 ? levels.map((x) => x / (weights[f] as number)) : (fallback[f] as number[]),
  );
  const patterns = toPatterns(
    await store.all(`SELECT ${gammaColumns(spec).join(', ')}, count(*)::INTEGER AS n FROM lk_gamma GROUP BY ALL`),
    fields,
  );
  const candidatePairs = patterns.reduce((a, p) => a + p.count, 0);
  let lambda = Math.max(1e-12, sessions.reduce((a, s) => a + s.lambda * s.pairs, 0) / comparablePairs);
  for (let k = 0; k < 100; k++) {
    let matches = 0;
    for (const p of patterns) matches += p.count * posteriorOf(p.levels, m, u, lambda);
    const next = Math.max(1e-12, matches / comparablePairs);
    if (Math.abs(next - lambda) < lambda * 1e-6) break;
    lambda = next;
  }
  return { fields: spec.fields.map((f) => f.name), m, u, lambda, sessions, candidatePairs, comparablePairs, patterns };
}

export function posteriorOf(
  levels: readonly number[],
  m: readonly (readonly number[])[],
  u: readonly (readonly number[])[],
  lambda: number,
): number {
  let logRatio = Math.log(lambda / (1 - lambda));
  levels.forEach((level, f) => {
    if (level >= 0) logRatio += Math.log((m[f]?.[level] as number) / (u[f]?.[level] as number));
  });
  return 1 / (1 + Math.exp(-logRatio));
}
