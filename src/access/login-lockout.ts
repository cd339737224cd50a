import type { Store } from '../store/index.ts';
import { AccessError } from './access-error.ts';

export type LockoutPolicy = { readonly maxFailures: number; readonly lockMinutes: number };
/** Five wrong passwords in a row lock the account for a quarter of an hour (ASVS 2.2.1). */
export const defaultLockout: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

/** The form every e-mail address is compared in. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/**
 * The `Store.serialise` queue of everything that reads and then writes an address's failure count:
 * sign-in and password change wait for each other, so two wrong passwords can never both read the
 * same count (and two writes to one row never collide in DuckDB).
 */
export const loginQueue = (email: string): string => `login:${normaliseEmail(email)}`;

/** A stored lock (DuckDB's `YYYY-MM-DD HH:MM:SS[.fff]`, UTC) that still holds at `now`, or null. */
export function lockHolds(lockedUntil: string | null, now: Date): Date | null {
  if (!lockedUntil) return null;
  const until = new Date(`${lockedUntil.replace(' ', 'T')}Z`);
  return until > now ? until : null;
}

/** The same answer for every locked address, known or not: only the time differs, and only by when the lock began. */
export function lockedError(until: Date, extra = ''): AccessError {
  const time = until.toISOString().slice(0, 16).replace('T', ' ');
  return new AccessError(
    `This account is locked after too many wrong passwords until ${time} UTC; try again then, or ask an administrator.${extra}`,
    'locked',
  );
}

/**
 * One more wrong password for an account: counts it, or locks the account when it reaches the
 * policy's limit (the count starts again after the lock). Returns when the lock ends, or null.
 * Call inside `store.serialise(loginQueue(email), …)`.
 */
export async function countFailedLogin(
  store: Store,
  account: { readonly userId: string; readonly failedLogins: number },
  now: Date,
  policy: LockoutPolicy,
): Promise<Date | null> {
  const failures = account.failedLogins + 1;
  if (failures >= policy.maxFailures) {
    const until = new Date(now.getTime() + policy.lockMinutes * 60_000);
    await store.run('UPDATE app_user SET failed_logins = 0, locked_until = ?::TIMESTAMP WHERE user_id = ?', [
      until.toISOString(),
      account.userId,
    ]);
    return until;
  }
  await store.run('UPDATE app_user SET failed_logins = ? WHERE user_id = ?', [failures, account.userId]);
  return null;
}

/** The right password: the count starts again and any expired lock is cleared. */
export async function clearFailedLogins(store: Store, userId: string): Promise<void> {
  await store.run('UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE user_id = ?', [userId]);
}
