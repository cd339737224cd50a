import type { SqlParams, Store } from '../store/index.ts';

/** A pair the last linkage run left for clerical review, with the evidence and any decision already taken. */
export type ReviewPairView = {
  readonly role: string;
  readonly left: { readonly source: string; readonly personId: string };
  readonly right: { readonly source: string; readonly personId: string };
  readonly matchWeight: number;
  readonly matchProbability: number;
  /** Each field's contribution to the match weight, in bits. */
  readonly contributions: unknown;
  readonly decision: 'accept' | 'reject' | null;
};

/**
 * Bands of the match probability a reviewer filters by: a likely match from 0.75, a likely
 * non-match below 0.25, uncertain in between (the queue itself holds 0.05–0.95).
 */
export type ReviewBand = 'likely-match' | 'uncertain' | 'likely-non-match';
const bandSql: Record<ReviewBand, string> = {
  'likely-match': 'q.match_probability >= 0.75',
  uncertain: 'q.match_probability >= 0.25 AND q.match_probability < 0.75',
  'likely-non-match': 'q.match_probability < 0.25',
};

/** Which page of the queue, and which pairs: a person of `source` on either side; `open` is not decided yet. */
export type ReviewQueueQuery = {
  readonly limit: number;
  readonly offset: number;
  readonly role?: string | undefined;
  readonly source?: string | undefined;
  readonly band?: ReviewBand | undefined;
  readonly decision?: 'open' | 'accept' | 'reject' | undefined;
};

/** One page of the queue and how many pairs match the filters in all. */
export type ReviewQueuePage = { readonly total: number; readonly pairs: readonly ReviewPairView[] };

type QueueRow = {
  total: number;
  role: string | null;
  ls: string;
  lp: string;
  rs: string;
  rp: string;
  w: number;
  p: number;
  c: string;
  decision: 'accept' | 'reject' | null;
};

/** The filters as one WHERE clause over the queue `q` joined to its decision `d`, with its parameters. */
function filterSql(query: ReviewQueueQuery): { where: string; params: SqlParams } {
  const terms: string[] = [];
  const params: (string | number)[] = [];
  if (query.role !== undefined) {
    terms.push('q.role = ?');
    params.push(query.role);
  }
  if (query.source !== undefined) {
    terms.push('(q.left_source = ? OR q.right_source = ?)');
    params.push(query.source, query.source);
  }
  if (query.band !== undefined) terms.push(`(${bandSql[query.band]})`);
  if (query.decision === 'open') terms.push('d.decision IS NULL');
  else if (query.decision !== undefined) {
    terms.push('d.decision = ?');
    params.push(query.decision);
  }
  return { where: terms.length === 0 ? 'TRUE' : terms.join(' AND '), params };
}

/**
 * The pairs the last linkage run left for clerical review that match the filters, most uncertain
 * first (ties by role and the persons' ids, so pages never overlap), one page of them with the
 * total for paging — counted in the same statement, so a linkage run in between cannot make the
 * two disagree.
 */
export async function loadReviewQueue(store: Store, query: ReviewQueueQuery): Promise<ReviewQueuePage> {
  const { where, params } = filterSql(query);
  const rows = await store.all<QueueRow>(
    `WITH matched AS (
       SELECT q.role, q.left_source AS ls, q.left_person_id AS lp, q.right_source AS rs, q.right_person_id AS rp,
              q.match_weight AS w, q.match_probability AS p, CAST(q.contributions AS VARCHAR) AS c, d.decision,
              row_number() OVER (ORDER BY abs(q.match_probability - 0.5), q.role, q.left_source, q.left_person_id,
                                          q.right_source, q.right_person_id) AS n
       FROM link_review_queue q
       LEFT JOIN link_review_decision d ON (
         (d.left_source, d.left_person_id, d.right_source, d.right_person_id) = (q.left_source, q.left_person_id, q.right_source, q.right_person_id)
         OR (d.left_source, d.left_person_id, d.right_source, d.right_person_id) = (q.right_source, q.right_person_id, q.left_source, q.left_person_id))
       WHERE ${where}
     ),
     counted AS (SELECT count(*)::INTEGER AS total FROM matched)
     SELECT counted.total, m.role, m.ls, m.lp, m.rs, m.rp, m.w, m.p, m.c, m.decision
     FROM counted LEFT JOIN matched m ON m.n > ? AND m.n <= ?
     ORDER BY m.n`,
    [...params, query.offset, query.offset + query.limit],
  );
  const pairs = rows
    .filter((r) => r.role !== null)
    .map((r) => ({
      role: r.role as string,
      left: { source: r.ls, personId: r.lp },
      right: { source: r.rs, personId: r.rp },
      matchWeight: r.w,
      matchProbability: r.p,
      contributions: JSON.parse(r.c) as unknown,
      decision: r.decision,
    }));
  return { total: rows[0]?.total ?? 0, pairs };
}
