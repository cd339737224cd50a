import type {
  Commitment,
  CommitmentDigest,
  CommitmentStatus,
  EditionOverview,
  RecurringTheme,
} from '../../followup/public-types.ts';
import { csrfHeaders } from '../access/access-api.ts';

export type EditionSummary = {
  id: string;
  title: string;
  yearFrom: number;
  yearTo: number;
  responseState: string | null;
};
export type TrackedCommitment = Commitment & { effectiveStatus: CommitmentStatus; version?: number };

/** Absolute URLs: the follow-up pages live below /opvolging/…, so relative API paths would break. */
export const followupApiPath = (path: string) => `/api/followup/${path}`;

/** What the server says with a refusal besides its message: the problems of the input, who changed it first. */
export type RefusalBody = {
  readonly error?: string;
  readonly problems?: readonly string[];
  readonly changedBy?: string;
  readonly changedAt?: string;
  readonly currentVersion?: number;
};

/** A refusal of the follow-up API, with its HTTP status (404: no such edition; 409: changed meanwhile or not now). */
export class FollowupApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: RefusalBody = {},
  ) {
    super(message);
  }
}

export async function followupRequest<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(followupApiPath(path), {
    ...init,
    headers: {
      accept: 'application/json',
      ...(init?.body ? { 'content-type': 'application/json' } : {}),
      ...csrfHeaders(),
    },
  });
  const body = (await response.json().catch(() => ({}))) as T & RefusalBody;
  if (!response.ok) throw new FollowupApiError(body.error ?? `HTTP ${response.status}`, response.status, body);
  return body;
}

/** A JSON body sent with `method`. */
export const sendJson = (method: 'POST' | 'PUT', body: unknown): RequestInit => ({
  method,
  body: JSON.stringify(body),
});

const request = followupRequest;

export const followupApi = {
  editions: () => request<EditionSummary[]>('editions'),
  edition: (id: string) => request<EditionOverview>(`editions/${encodeURIComponent(id)}`),
  compare: () => request<RecurringTheme[]>('compare'),
  commitments: () => request<TrackedCommitment[]>('commitments'),
  digest: () => request<CommitmentDigest>('digest'),
  record: (body: Record<string, unknown>) => request<Commitment>('commitments', sendJson('POST', body)),
  changeStatus: (id: string, body: { status: string; evidence?: string; reason?: string }) =>
    request<Commitment>(`commitments/${encodeURIComponent(id)}/status`, sendJson('POST', body)),
};
