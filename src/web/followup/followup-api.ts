import { csrfHeaders } from '../access/access-api.ts';
import type {
  Commitment,
  CommitmentDigest,
  CommitmentStatus,
  EditionOverview,
  RecurringTheme,
} from '../../followup/public-types.ts';

export type EditionSummary = {
  id: string;
  title: string;
  yearFrom: number;
  yearTo: number;
  responseState: string | null;
};
export type TrackedCommitment = Commitment & { effectiveStatus: CommitmentStatus };

/** Absolute URLs: the follow-up pages live below /opvolging/…, so relative API paths would break. */
const api = (path: string) => `/api/followup/${path}`;

/** A refusal of the follow-up API, with its HTTP status (404: no such edition or commitment). */
export class FollowupApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(api(path), {
    ...init,
    headers: {
      accept: 'application/json',
      ...(init?.body ? { 'content-type': 'application/json' } : {}),
      ...csrfHeaders(),
    },
  });
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new FollowupApiError(body.error ?? `HTTP ${response.status}`, response.status);
  return body;
}

export const followupApi = {
  editions: () => request<EditionSummary[]>('editions'),
  edition: (id: string) => request<EditionOverview>(`editions/${encodeURIComponent(id)}`),
  compare: () => request<RecurringTheme[]>('compare'),
  commitments: () => request<TrackedCommitment[]>('commitments'),
  digest: () => request<CommitmentDigest>('digest'),
  record: (body: Record<string, unknown>) =>
    request<Commitment>('commitments', { method: 'POST', body: JSON.stringify(body) }),
  changeStatus: (id: string, body: { status: CommitmentStatus; evidence?: string }) =>
    request<Commitment>(`commitments/${encodeURIComponent(id)}/status`, { method: 'POST', body: JSON.stringify(body) }),
};
