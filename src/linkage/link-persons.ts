import type { Store } from '../store/index.ts';
import { assignStableIds } from './assign-stable-ids.ts';
import { type AcceptedPair, type Clustering, clusterPairs } from './cluster-pairs.ts';
import { type LinkedRecords, type PairDecision, linkRecords } from './link-records.ts';
import { type PersonLinkEncoding, personLinkSpec, personRecordsSql } from './person-link-spec.ts';

export type LinkageMethod = 'exact' | 'fellegi-sunter';

export type LinkageSummary = {
  readonly method: LinkageMethod;
  readonly records: number;
  readonly clusters: { readonly victim: number; readonly suspect: number };
  /** Whether Bloom-filter encodings were delivered and compared (else exact tokens only). */
  readonly fuzzy: boolean;
  readonly candidatePairs: number;
  readonly acceptedPairs: number;
  readonly threshold: number;
  readonly estimated: { readonly precision: number; readonly recall: number; readonly f1: number };
  /** How pairs with a BSN token on both records corrected the model (see `calibrateOnLabels`); null when not used. */
  readonly calibration: LinkedRecords['calibration'];
  readonly reviewQueue: number;
  readonly decisionsApplied: number;
  /**
   * Accepted pairs the clustering did not apply: the two clusters carried different BSN tokens
   * (`differentBsn`), or joining them would have put together records a reviewer rejected.
   */
  readonly refusedMerges: {
    readonly differentBsn: number;
    readonly reviewerRejected: number;
    /** Refused because the scored pairs between the two clusters weighed against the merge. */
    readonly outweighed: number;
  };
  readonly model: {
    readonly fields: readonly string[];
    readonly m: number[][];
    readonly u: number[][];
    readonly lambda: number;
  };
};

type PersonRow = {
  rid: number;
  part: string;
  source: string;
  person_id: string;
  bsn: string | null;
  name_dob: string | null;
};

/**
 * Exact-token linkage as pairs: records of one role sharing a BSN token or a name + birth-date
 * token, each joined to the first record with that token (union–find does the rest). BSN pairs
 * weigh more, so a name + birth-date token shared by twins with BSNs of their own is the link refused.
 */
function exactTokenPairs(persons: readonly PersonRow[]): AcceptedPair[] {
  const first = new Map<string, number>();
  const pairs: AcceptedPair[] = [];
  for (const p of persons) {
    for (const [slot, token] of [
      ['bsn', p.bsn],
      ['name_dob', p.name_dob],
    ] as const) {
      if (token === null) continue;
      const key = `${p.part}|${slot}|${token}`;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, p.rid);
      else pairs.push({ left: seen, right: p.rid, weight: slot === 'bsn' ? 2 : 1 });
    }
  }
  return pairs;
}

/**
 * Links the stored persons of every source (Fellegi–Sunter, victims and suspects apart), keeps the
 * cluster ids of the previous run where the persons are the same, applies the analysts' decisions,
 * and replaces `person_link`, `person_link_alternative` (the clusters had the pairs of the review band
 * all been apart, or all together) and `link_review_queue` in one transaction.
 */
export async function linkPersons(store: Store, options: { method?: LinkageMethod } = {}): Promise<LinkageSummary> {
  // one linkage at a time (each replaces every link), on a connection of its own for the staging tables
  return store.serialise('linkage', () => store.session(() => linkOnOwnConnection(store, options)));
}

async function linkOnOwnConnection(store: Store, options: { method?: LinkageMethod }): Promise<LinkageSummary> {
  const method = options.method ?? 'fellegi-sunter';
  await store.run(personRecordsSql);
  const persons = await store.all<PersonRow>(
    'SELECT rid, part, source, person_id, bsn, name_dob FROM lk_person ORDER BY rid',
  );
  const [bloom] = await store.all<{ with: number; halves: number; total: number }>(
    `SELECT count(bloom_name)::INTEGER AS with, count(*) FILTER (WHERE name_first IS NOT NULL OR name_surname IS NOT NULL)::INTEGER AS halves,
       count(*)::INTEGER AS total FROM lk_person`,
  );
  const fuzzy = (bloom?.with ?? 0) > 0.5 * (bloom?.total ?? 0);
  // name filters of the older single layout among the deliveries: compare whole filters for all
  const encoding: PersonLinkEncoding = !fuzzy ? 'tokens' : bloom?.halves === bloom?.with ? 'halves' : 'whole';
  const ridOf = new Map(persons.map((p) => [`${p.source}/${p.person_id}`, p.rid]));
  const stored = await store.all<{ ls: string; lp: string; rs: string; rp: string; decision: 'accept' | 'reject' }>(
    'SELECT left_source AS ls, left_person_id AS lp, right_source AS rs, right_person_id AS rp, decision FROM link_review_decision',
  );
  const decisions: PairDecision[] = [];
  for (const d of stored) {
    const left = ridOf.get(`${d.ls}/${d.lp}`);
    const right = ridOf.get(`${d.rs}/${d.rp}`);
    if (left !== undefined && right !== undefined) decisions.push({ left, right, decision: d.decision });
  }
  // a person never holds two different BSN tokens (unless a reviewer joined them)
  const bsnTokens = persons.map((p) => p.bsn);
  let linked: LinkedRecords | null = null;
  let clustering: Clustering;
  if (method === 'exact') {
    const pairsOf = (decision: PairDecision['decision']) =>
      decisions.filter((d) => d.decision === decision).map((d) => [d.left, d.right] as const);
    clustering = clusterPairs(persons.length, exactTokenPairs(persons), {
      cannotLink: pairsOf('reject'),
      mustLink: pairsOf('accept'),
      distinctKeys: bsnTokens,
    });
  } else {
    linked =
      persons.length === 0 ? null : await linkRecords(store, personLinkSpec(encoding), decisions, undefined, bsnTokens);
    clustering = {
      roots: linked?.roots ?? new Int32Array(0),
      refused: linked?.refusedMerges ?? { differentKey: 0, cannotLink: 0, outweighed: 0 },
    };
  }
  const { roots, refused } = clustering;
  const previous = new Map(
    (
      await store.all<{ key: string; id: string }>(
        "SELECT source || '/' || person_id AS key, cluster_id AS id FROM person_link",
      )
    ).map((r) => [r.key, r.id]),
  );
  const keys = persons.map((p) => `${p.source}/${p.person_id}`);
  const ids = assignStableIds(keys, roots, previous, (key) => `${persons[ridOf.get(key) as number]?.part}:${key}`);
  const clusters = { victim: 0, suspect: 0 };
  for (const role of ['victim', 'suspect'] as const)
    clusters[role] = new Set(ids.filter((_, i) => persons[i]?.part === role)).size;
  const methodLabel = method === 'exact' ? 'exact' : fuzzy ? 'fellegi-sunter' : 'fellegi-sunter-exact-tokens';
  await store.run(
    'CREATE OR REPLACE TEMP TABLE stage_person_link (source VARCHAR, person_id VARCHAR, cluster_id VARCHAR, method VARCHAR)',
  );
  await store.append(
    'stage_person_link',
    persons.map((p, i) => [p.source, p.person_id, ids[i] as string, methodLabel]),
  );
  await store.run(
    'CREATE OR REPLACE TEMP TABLE stage_review (role VARCHAR, ls VARCHAR, lp VARCHAR, rs VARCHAR, rp VARCHAR, w DOUBLE, p DOUBLE, c VARCHAR)',
  );
  // the clusters at the two extremes of the review band (Fellegi–Sunter only: exact tokens have no band)
  await store.run(
    'CREATE OR REPLACE TEMP TABLE stage_person_link_alternative (linkage VARCHAR, source VARCHAR, person_id VARCHAR, cluster_id VARCHAR)',
  );
  if (linked) {
    for (const [linkage, alternative] of [
      ['review-apart', linked.reviewBandExtremes.apart],
      ['review-together', linked.reviewBandExtremes.together],
    ] as const) {
      await store.append(
        'stage_person_link_alternative',
        persons.map((p, i) => [linkage, p.source, p.person_id, `${p.part}:${alternative[i]}`]),
      );
    }
  }
  const review = linked?.review ?? [];
  await store.append(
    'stage_review',
    review.map((r) => {
      const a = persons[r.left] as PersonRow;
      const b = persons[r.right] as PersonRow;
      return [
        a.part,
        a.source,
        a.person_id,
        b.source,
        b.person_id,
        r.weight,
        r.probability,
        JSON.stringify(r.contributions),
      ];
    }),
  );
  await store.transaction(async () => {
    await store.run('DELETE FROM person_link');
    await store.run('INSERT INTO person_link SELECT * FROM stage_person_link');
    await store.run('DELETE FROM person_link_alternative');
    await store.run('INSERT INTO person_link_alternative SELECT * FROM stage_person_link_alternative');
    await store.run('DELETE FROM link_review_queue');
    await store.run('INSERT INTO link_review_queue SELECT role, ls, lp, rs, rp, w, p, c::JSON FROM stage_review');
  });
  const model = linked?.model;
  return {
    method,
    records: persons.length,
    clusters,
    fuzzy,
    candidatePairs: model?.candidatePairs ?? 0,
    acceptedPairs: linked?.acceptedPairs ?? 0,
    threshold: linked?.threshold ?? 1,
    estimated: linked?.estimated ?? { precision: 1, recall: 1, f1: 1 },
    calibration: linked?.calibration ?? null,
    reviewQueue: review.length,
    decisionsApplied: decisions.length,
    refusedMerges: {
      differentBsn: refused.differentKey,
      reviewerRejected: refused.cannotLink,
      outweighed: refused.outweighed,
    },
    model: { fields: model?.fields ?? [], m: model?.m ?? [], u: model?.u ?? [], lambda: model?.lambda ?? 0 },
  };
}
