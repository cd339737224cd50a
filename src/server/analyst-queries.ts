import type { Store } from '../store/index.ts';

// Read-only queries behind the analyst's pages. They belong with linkage and the pipeline; they
// live here until those folders are free to change (see the report of the access work).

export type ReviewPairView = {
  readonly role: string;
  readonly left: { readonly source: string; readonly personId: string };
  readonly right: { readonly source: string; readonly personId: string };
  readonly matchWeight: number;
  readonly matchProbability: number;
  readonly contributions: unknown;
  readonly decision: 'accept' | 'reject' | null;
};

/** The pairs the last linkage run left for clerical review, most uncertain first, with any decision already taken. */
export async function loadReviewQueue(store: Store, limit: number): Promise<ReviewPairView[]> {
  const rows = await store.all<{ role: string; ls: string; lp: string; rs: string; rp: string; w: number; p: number; c: string; decision: 'accept' | 'reject' | null }>(
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
    role: r.role, left: { source: r.ls, personId: r.lp }, right: { source: r.rs, personId: r.rp },
    matchWeight: r.w, matchProbability: r.p, contributions: JSON.parse(r.c) as unknown, decision: r.decision,
  }));
}

/** The output of a stage in the latest pipeline run that reached it, or null. */
export async function loadLatestStageOutput(store: Store, stage: 'estimate' | 'indicators'): Promise<{ runId: string; finishedAt: string; output: unknown } | null> {
  const [row] = await store.all<{ run_id: string; finished_at: string; output: string }>(
    `SELECT run_id, CAST(finished_at AS VARCHAR) AS finished_at, CAST(output AS VARCHAR) AS output
     FROM pipeline_output WHERE stage = ? ORDER BY finished_at DESC LIMIT 1`,
    [stage],
  );
  return row ? { runId: row.run_id, finishedAt: row.finished_at, output: JSON.parse(row.output) as unknown } : null;
}
