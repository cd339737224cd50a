import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store/index.ts';
import type { Principal, Role } from './roles.ts';

export type SessionPolicy = { readonly idleMinutes: number; readonly absoluteHours: number };
/** ASVS 3.3.2 (L2): re-authenticate after 30 minutes idle and at most 12 hours after sign-in; we use 8. */
export const defaultSessionPolicy: SessionPolicy = { idleMinutes: 30, absoluteHours: 8 };

export type ActiveSession = {
  readonly principal: Principal;
  readonly csrfToken: string;
  /** Signed in with a one-time password: nothing but changing it is allowed until then. */
  readonly mustChangePassword: boolean;
};

/** Only a hash of the session token is stored, so a copy of the database opens no sessions. */
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
const randomToken = () => randomBytes(32).toString('base64url');

/** Starts a session: the token goes in the cookie, the CSRF token to the page. */
export async function createSession(
  store: Store,
  userId: string,
  ip: string,
  now: Date,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  await store.run('INSERT INTO user_session VALUES (?, ?, ?, ?::TIMESTAMP, ?::TIMESTAMP, ?)', [
    digest(token),
    userId,
    csrfToken,
    now.toISOString(),
    now.toISOString(),
    ip,
  ]);
  return { token, csrfToken };
}

type SessionRow = {
  user_id: string;
  name: string;
  email: string;
  role: Role;
  organisation: string | null;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  disabled: boolean;
  must_change_password: boolean | null;
};

/** The session's user, or null when the token is unknown or the session idled or aged out (then it is removed). */
export async function resolveSession(
  store: Store,
  token: string,
  now: Date,
  policy: SessionPolicy = defaultSessionPolicy,
): Promise<ActiveSession | null> {
  const hash = digest(token);
  const [row] = await store.all<SessionRow>(
    `SELECT u.user_id, u.name, u.email, u.role, u.organisation, s.csrf_token, u.disabled_at IS NOT NULL AS disabled, u.must_change_password,
            CAST(s.created_at AS VARCHAR) AS created_at, CAST(s.last_seen_at AS VARCHAR) AS last_seen_at
     FROM user_session s JOIN app_user u USING (user_id) WHERE s.session_hash = ?`,
    [hash],
  );
  if (!row) return null;
  const created = new Date(`${row.created_at.replace(' ', 'T')}Z`).getTime();
  const lastSeen = new Date(`${row.last_seen_at.replace(' ', 'T')}Z`).getTime();
  const t = now.getTime();
  // a disabled account's sessions are ended when it is disabled; this refuses any that slipped through
  if (row.disabled || t - lastSeen > policy.idleMinutes * 60_000 || t - created > policy.absoluteHours * 3_600_000) {
    await store.serialise(`session:${hash}`, () =>
      store.run('DELETE FROM user_session WHERE session_hash = ?', [hash]),
    );
    return null;
  }
  // one write a minute at most keeps the idle clock honest without a write per request
  // (in the session's queue: two requests of one session updating its row at once would conflict)
  if (t - lastSeen > 60_000) {
    await store.serialise(`session:${hash}`, () =>
      store.run(
        'UPDATE user_session SET last_seen_at = ?::TIMESTAMP WHERE session_hash = ? AND last_seen_at < ?::TIMESTAMP',
        [now.toISOString(), hash, now.toISOString()],
      ),
    );
  }
  return {
    principal: {
      userId: row.user_id,
      name: row.name,
      email: row.email,
      role: row.role,
      organisation: row.organisation,
    },
    csrfToken: row.csrf_token,
    mustChangePassword: row.must_change_password === true,
  };
}

export async function endSession(store: Store, token: string): Promise<void> {
  await store.run('DELETE FROM user_session WHERE session_hash = ?', [digest(token)]);
}

/** Ends every session of a user, except the one whose token is `keep` (the request that changed the password). */
export async function endUserSessions(store: Store, userId: string, keep: string | null = null): Promise<void> {
  await store.run('DELETE FROM user_session WHERE user_id = ? AND session_hash IS DISTINCT FROM ?', [
    userId,
    keep === null ? null : digest(keep),
  ]);
}
