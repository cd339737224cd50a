import type { Store } from '../store/index.ts';

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

/** The pairs the last linkage run left for clerical review, most uncertain first, with any decision already taken. */
export async function loadReviewQueue(store: Store, limit: number): Promise<ReviewPairView[]> {
  const rows = await store.all<{
    role: string;
    ls: string;
    lp: string;
    rs: string;
    rp: string;
    w: number;
    p: number;
    c: string;
    decision: 'accept' | 'reject' | null;
  }>(
    `SELECT q.role, q.left_source AS ls, q.left_person_id AS lp, q.right_source AS rs, q.right_person_id AS rp,
            q.match_weight AS w, q.match_probability AS p, CAST(q.contributions AS VARCHAR) AS c, d.decision
     FROM link_review_queue q
     LEFT JOIN link_review_decision d ON (
       (d.left_source, d.left_person_id, d.right_source, d.right_person_id) = (q.left_source, q.left_person_id, q.right_source, q.right_person_id)
       OR (d.left_source, d.left_person_id, d.right_source, d.right_person_id) = (q.right_source, q.right_person_id, q.left_source, q.left_person_id))
     ORDER BY abs(q.match_probability - 0.5), q.left_source, q.left_person_id, q.right_source, q.right_person_id
     LIMIT ?`,
    [limit],
  );
  return rows.map((r) => ({
    role: r.role,
    left: { source: r.ls, personId: r.lp },
    right: { source: r.rs, personId: r.rp },
    matchWeight: r.w,
    matchProbability: r.p,
    contributions: JSON.parse(r.c) as unknown,
    decision: r.decision,
  }));
}
