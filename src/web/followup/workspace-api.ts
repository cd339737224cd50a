import type {
  Commitment,
  Edition,
  Recommendation,
  RecommendationResponse,
  Stance,
} from '../../followup/followup-model.ts';
import type { WorkflowState } from '../../followup/workflow/response-workflow.ts';
import { FollowupApiError, followupRequest, sendJson } from './followup-api.ts';

/**
 * The edition workspace as the server gives it (GET /api/followup/editions/:id/workspace): the
 * texts with their versions, the workflow with who signed which text, the steps the signed-in user
 * may take now, and the redactions proposed for the public versions.
 */
export type PartyDecision = 'pending' | 'signed-off' | 'commented' | 'voided';
export type CoordinationPartyView = {
  readonly department: string;
  readonly directorate?: string;
  readonly decision: PartyDecision;
  readonly signedBy?: string;
  readonly signedAt?: string;
  readonly comments: readonly string[];
};
export type RecordedStepView = {
  readonly step: { readonly kind: string } & Readonly<Record<string, unknown>>;
  readonly from: WorkflowState;
  readonly to: WorkflowState;
  readonly actor: string;
  readonly at: string;
};
export type WorkflowView = {
  readonly state: WorkflowState;
  readonly coordination: readonly CoordinationPartyView[];
  readonly steps: readonly RecordedStepView[];
  readonly sentOn?: string;
  readonly kamerstuk?: string;
};
export type WooGround = '5.1.2e' | '5.2';
export type RedactionDecision = 'redact' | 'keep';
export type RedactionProposal = {
  readonly id: string;
  /** Where the text stands, as a path into the record: `nota.kernpunten[2]`, `workflow.coordination[1].comments[0]`. */
  readonly field: string;
  readonly text: string;
  readonly ground: WooGround | null;
  readonly reason: string;
  readonly context?: string;
  readonly decision?: RedactionDecision | { readonly decision: RedactionDecision; readonly ground?: WooGround | null };
  readonly decidedBy?: string;
  readonly decidedAt?: string;
};
export type Versioned<T> = T & { readonly version: number };
export type Workspace = {
  readonly edition: Edition;
  readonly editionVersion: number;
  readonly recommendations: readonly Versioned<Recommendation>[];
  readonly responses: readonly Versioned<RecommendationResponse>[];
  readonly commitments: readonly Commitment[];
  readonly workflow: WorkflowView | null;
  readonly fingerprint: string;
  readonly editable: boolean;
  readonly allowedSteps: readonly string[];
  readonly redactions: readonly RedactionProposal[];
};

export type VersionEntity = 'edition' | 'recommendation' | 'response';
export type VersionEntry = { readonly version: number; readonly at: string; readonly actor: string };
export type WordChange = { readonly op: 'same' | 'added' | 'removed'; readonly text: string };
export type VersionDiff = {
  readonly changes: readonly {
    readonly path: string;
    readonly before?: unknown;
    readonly after?: unknown;
    readonly words: readonly WordChange[];
  }[];
};

export type NewEdition = { id: string; title: string; yearFrom: number; yearTo: number; leadDepartment: string };
export type RecommendationInput = {
  number?: number;
  text: string;
  addressees: string[];
  ministries: string[];
  theme: string;
};
export type ResponseInput = { expectedVersion: number; stance: Stance; text: string; ministries: string[] };

const edition = (id: string, rest = '') => `editions/${encodeURIComponent(id)}${rest}`;

export const workspaceApi = {
  load: (id: string) => followupRequest<Workspace>(edition(id, '/workspace')),
  create: (body: NewEdition) => followupRequest<Workspace>('editions', sendJson('POST', body)),
  /** `letter`, `nota` and `sender` are merged key by key; null removes an optional field. */
  editEdition: (id: string, expectedVersion: number, patch: Record<string, unknown>) =>
    followupRequest<Workspace>(edition(id), sendJson('PUT', { expectedVersion, patch })),
  addRecommendation: (id: string, body: RecommendationInput) =>
    followupRequest<unknown>(edition(id, '/recommendations'), sendJson('POST', body)),
  editRecommendation: (
    id: string,
    n: number,
    body: Omit<RecommendationInput, 'number'> & { expectedVersion: number },
  ) => followupRequest<unknown>(edition(id, `/recommendations/${n}`), sendJson('PUT', body)),
  editResponse: (id: string, n: number, body: ResponseInput) =>
    followupRequest<unknown>(edition(id, `/responses/${n}`), sendJson('PUT', body)),
  step: (id: string, step: { kind: string } & Record<string, unknown>) =>
    followupRequest<unknown>(edition(id, '/workflow'), sendJson('POST', { step })),
  decideRedaction: (id: string, proposalId: string, decision: RedactionDecision, ground: WooGround | null) =>
    followupRequest<unknown>(
      edition(id, `/redactions/${encodeURIComponent(proposalId)}`),
      sendJson('POST', { decision, ...(ground ? { ground } : {}) }),
    ),
  versions: (entity: VersionEntity, id: string) =>
    followupRequest<VersionEntry[]>(`versions?${new URLSearchParams({ entity, id })}`),
  diff: (entity: VersionEntity, id: string, from: number, to: number) =>
    followupRequest<VersionDiff>(
      `versions/diff?${new URLSearchParams({ entity, id, from: String(from), to: String(to) })}`,
    ),
};

/** A stale `expectedVersion`: who saved in between, and when (from the body, else from the message). */
export function staleEditOf(error: unknown): { by: string; at: string | null } | null {
  if (!(error instanceof FollowupApiError) || error.status !== 409) return null;
  if (error.body.changedBy) return { by: error.body.changedBy, at: error.body.changedAt ?? null };
  const match = error.message.match(/changed by (.+?) at (\S+?)[;.,]?(?:\s|$)/i);
  return match?.[1] ? { by: match[1], at: match[2] ?? null } : null;
}

export const decisionOf = (p: RedactionProposal): { decision: RedactionDecision; ground: WooGround | null } | null =>
  p.decision === undefined
    ? null
    : typeof p.decision === 'string'
      ? { decision: p.decision, ground: p.ground }
      : { decision: p.decision.decision, ground: p.decision.ground ?? p.ground };
