import type { Store } from '../store/index.ts';

export type ReviewDecision = {
  readonly left: { readonly source: string; readonly personId: string };
  readonly right: { readonly source: string; readonly personId: string };
  readonly decision: 'accept' | 'reject';
  readonly decidedBy: string;
  readonly decidedAt: Date;
};

/** Stores an analyst's verdict on a pair (the latest one counts); every later `linkPersons` run applies it. */
export async function recordReviewDecision(store: Store, d: ReviewDecision): Promise<void> {
  const [a, b] =
    `${d.left.source}/${d.left.personId}` <= `${d.right.source}/${d.right.personId}`
      ? [d.left, d.right]
      : [d.right, d.left];
  await store.transaction(async () => {
    await store.run(
      'DELETE FROM link_review_decision WHERE left_source = ? AND left_person_id = ? AND right_source = ? AND right_person_id = ?',
      [a.source, a.personId, b.source, b.personId],
    );
    await store.run('INSERT INTO link_review_decision VALUES (?, ?, ?, ?, ?, ?, ?::TIMESTAMP)', [
      a.source,
      a.personId,
      b.source,
      b.personId,
      d.decision,
      d.decidedBy,
      d.decidedAt.toISOString(),
    ]);
  });
}
