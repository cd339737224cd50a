import type { Commitment, Edition, HistoryEntry, Recommendation, RecommendationResponse } from './followup-model.ts';
import type { Post } from './commitments/bewindspersonen.ts';
import type { EditionRedactionDecision } from './redaction/redaction-decisions.ts';
import type { ResponseWorkflow } from './workflow/response-workflow.ts';

/** Everything the tracker holds, as plain data: what the store loads and the core reads. */
export type FollowupData = {
  readonly editions: readonly Edition[];
  readonly recommendations: readonly Recommendation[];
  readonly responses: readonly RecommendationResponse[];
  readonly commitments: readonly Commitment[];
  readonly workflows: readonly ResponseWorkflow[];
  readonly history: readonly HistoryEntry[];
  /** The officers' decisions on proposed redactions (absent: none taken). */
  readonly redactionDecisions?: readonly EditionRedactionDecision[];
  /** The bewindspersonen's posts and who held them when (absent: leave the stored posts as they are). */
  readonly posts?: readonly Post[];
};

/** One edition's part of the tracker. */
export type EditionRecord = {
  readonly edition: Edition;
  readonly recommendations: readonly Recommendation[];
  readonly responses: readonly RecommendationResponse[];
  readonly commitments: readonly Commitment[];
  readonly workflow?: ResponseWorkflow;
  /** Redactions an officer confirmed for the public versions: each text with its Woo ground. */
  readonly redactions?: readonly ConfirmedRedaction[];
};

/** A confirmed redaction: every occurrence of `text` is replaced by the ground's mark in public versions. */
export type ConfirmedRedaction = { readonly text: string; readonly ground: '5.1.2e' | '5.2' };

export function editionRecord(data: FollowupData, editionId: string): EditionRecord | undefined {
  const edition = data.editions.find((e) => e.id === editionId);
  if (!edition) return undefined;
  const workflow = data.workflows.find((w) => w.editionId === editionId);
  return {
    edition,
    recommendations: data.recommendations.filter((r) => r.editionId === editionId).sort((a, b) => a.number - b.number),
    responses: data.responses.filter((r) => r.editionId === editionId),
    commitments: data.commitments.filter((c) => c.editionId === editionId),
    ...(workflow ? { workflow } : {}),
  };
}
