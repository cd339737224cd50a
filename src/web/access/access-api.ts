import type { Principal } from '../../access/roles.ts';

export type SessionState = { user: Principal | null; csrfToken: string | null; mustChangePassword?: boolean };

let csrfToken: string | null = null;

/** A refused request: the server's message (English), the HTTP status and, for bad input, the field it names. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The CSRF header every state-changing request carries (the server compares it with the session's). */
export const csrfHeaders = (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {});

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
      ...csrfHeaders(),
      ...init.headers,
    },
  });
  const body = (await response.json().catch(() => ({}))) as T & { error?: string; field?: string };
  if (!response.ok) throw new ApiError(body.error ?? `HTTP ${response.status}`, response.status, body.field ?? null);
  return body;
}

const remember = (s: SessionState) => {
  csrfToken = s.csrfToken;
  return s;
};

export const accessApi = {
  session: async () => remember(await request<SessionState>('/api/session')),
  login: async (email: string, password: string) =>
    remember(await request<SessionState>('/api/login', { method: 'POST', body: JSON.stringify({ email, password }) })),
  logout: async () => {
    await request('/api/logout', { method: 'POST' });
    csrfToken = null;
  },
  get: <T>(path: string) => request<T>(path),
  post: <T>(path: string, body: unknown) => request<T>(path, { method: 'POST', body: JSON.stringify(body) }),
};

/** Uploads a file as the raw request body, reporting the share sent (0–1); XHR because fetch has no upload progress. */
export function uploadDelivery<T>(query: URLSearchParams, file: File, onProgress: (share: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/deliveries?${query}`);
    xhr.setRequestHeader(
      'content-type',
      file.name.toLowerCase().endsWith('.xlsx')
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/octet-stream',
    );
    xhr.setRequestHeader('accept', 'application/json');
    for (const [k, v] of Object.entries(csrfHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: T & { error?: string; field?: string };
      try {
        body = JSON.parse(xhr.responseText || '{}');
      } catch {
        reject(new ApiError(`HTTP ${xhr.status}: the answer was not JSON.`, xhr.status, null));
        return;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(body.error ?? `HTTP ${xhr.status}`, xhr.status, body.field ?? null));
    };
    xhr.onerror = () => reject(new ApiError('The upload failed: the connection broke.', 0, null));
    xhr.send(file);
  });
}

/** A held delivery becomes current (POST /api/deliveries/:id/confirm); answers the version it replaced. */
export const confirmDelivery = (deliveryId: string) =>
  accessApi.post<{ supersedes: string | null }>(`/api/deliveries/${encodeURIComponent(deliveryId)}/confirm`, {});

/** The current version is rolled back (POST /api/deliveries/:id/rollback); answers the version that is current again. */
export const rollbackDelivery = (deliveryId: string) =>
  accessApi.post<{ current: string | null }>(`/api/deliveries/${encodeURIComponent(deliveryId)}/rollback`, {});
