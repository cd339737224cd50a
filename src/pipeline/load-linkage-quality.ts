import { z } from 'zod';
import { loadReviewQueue } from '../linkage/index.ts';
import type { Store } from '../store/index.ts';
import { loadLatestStageOutput } from './load-latest-stage-output.ts';

const share = z.number().min(0).max(1);
const count = z.number().int().nonnegative();

// The part of the link stage's stored `LinkageSummary` the analyst reads; runs from before issue 15
// stored no refused merges.
const linkOutputSchema = z.object({
  method: z.enum(['exact', 'fellegi-sunter']),
  fuzzy: z.boolean(),
  records: count,
  clusters: z.object({ victim: count, suspect: count }),
  threshold: z.number(),
  estimated: z.object({ precision: share, recall: share, f1: share }),
  refusedMerges: z.object({ differentBsn: count, reviewerRejected: count, outweighed: count.optional() }).optional(),
  calibration: z.object({ labelledPairs: count }).nullable().optional(),
});

/** How well the last linkage run thinks it did, and how much of its review queue is still open. */
export type LinkageQuality = {
  readonly runId: string;
  /** When the link stage finished (the store's timestamp, UTC). */
  readonly finishedAt: string;
  readonly method: 'exact' | 'fellegi-sunter';
  /** Whether Bloom-filter encodings were compared (else exact tokens only). */
  readonly fuzzy: boolean;
  /**
   * The Fellegi–Sunter model's own estimate of pair precision, recall and F1 at its threshold — not
   * measured against truth; null for exact-token linkage, which has no model to estimate them.
   */
  readonly estimated: { readonly precision: number; readonly recall: number; readonly f1: number } | null;
  readonly threshold: number | null;
  readonly records: number;
  readonly persons: { readonly victim: number; readonly suspect: number };
  /** Merges refused because the two clusters held different BSN tokens; null for runs that did not count them. */
  readonly refusedDifferentBsn: number | null;
  /** Merges refused because the scored pairs between the two clusters weighed against them; null for runs that did not count them. */
  readonly refusedOutweighed: number | null;
  /** Pairs with a BSN token on both records that calibrated the estimate; null when none did. */
  readonly labelledPairs: number | null;
  readonly reviewQueue: { readonly total: number; readonly open: number; readonly decided: number };
};

/** The latest link stage's self-assessment with the review queue's size now; null when no linkage has run. */
export async function loadLinkageQuality(store: Store): Promise<LinkageQuality | null> {
  const stage = await loadLatestStageOutput(store, 'link');
  if (!stage) return null;
  const link = linkOutputSchema.parse(stage.output);
  const queued = (decision?: 'open') => loadReviewQueue(store, { limit: 0, offset: 0, decision });
  const [all, open] = await Promise.all([queued(), queued('open')]);
  const modelled = link.method === 'fellegi-sunter' && link.records > 0;
  return {
    runId: stage.runId,
    finishedAt: stage.finishedAt,
    method: link.method,
    fuzzy: link.fuzzy,
    estimated: modelled ? link.estimated : null,
    threshold: modelled ? link.threshold : null,
    records: link.records,
    persons: link.clusters,
    refusedDifferentBsn: link.refusedMerges?.differentBsn ?? null,
    refusedOutweighed: link.refusedMerges?.outweighed ?? null,
    labelledPairs: modelled ? (link.calibration?.labelledPairs ?? null) : null,
    reviewQueue: { total: all.total, open: open.total, decided: all.total - open.total },
  };
}
