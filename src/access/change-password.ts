import { z } from 'zod';
import type { Store } from '../store/index.ts';
import { AccessError } from './access-error.ts';
import {
  clearFailedLogins,
  countFailedLogin,
  defaultLockout,
  type LockoutPolicy,
  lockedError,
  lockHolds,
  loginQueue,
} from './login-lockout.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { passwordProblems } from './password-problems.ts';
import { endUserSessions } from './user-sessions.ts';

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, 'give your current password').max(1024),
  newPassword: z.string().max(1024),
});
export type PasswordChange = z.input<typeof passwordChangeSchema>;

type Account = {
  email: string;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  must_change_password: boolean | null;
};
const accountOf = (store: Store, userId: string) =>
  store.all<Account>(
    'SELECT email, password_hash, failed_logins, CAST(locked_until AS VARCHAR) AS locked_until, must_change_password FROM app_user WHERE user_id = ?',
    [userId],
  );

/**
 * A user chooses a new password (ASVS 2.1.5): the current one is required, and every other session
 * of the user ends, so a stolen session does not outlive the change. `keepSession` is the token of
 * the session that asked; it stays signed in.
 *
 * A wrong current password counts as a failed sign-in of the account (one count, one queue with
 * `authenticateUser`), so a stolen session cannot guess it without limit. While the account is
 * locked the change is refused (423) without looking at the password. The wrong guess that locks
 * the account also ends every session of it, the asking one included: whoever guesses a password
 * from inside a session is most likely not its owner (the owner signs in again after the lock).
 */
export async function changePassword(
  store: Store,
  userId: string,
  input: unknown,
  keepSession: string | null,
  now: Date,
  policy: LockoutPolicy = defaultLockout,
): Promise<void> {
  const [first] = await accountOf(store, userId);
  if (!first) throw new AccessError('This account no longer exists.', 'not-found');
  await store.serialise(loginQueue(first.email), async () => {
    const [user] = await accountOf(store, userId);
    if (!user) throw new AccessError('This account no longer exists.', 'not-found');
    const lock = lockHolds(user.locked_until, now);
    if (lock) throw lockedError(lock);
    const parsed = passwordChangeSchema.safeParse(input);
    const problems = parsed.success
      ? []
      : parsed.error.issues.map((i) => `${i.path.join('.') || 'password'}: ${i.message}`);
    if (!parsed.success) throw invalid(problems);
    problems.push(...passwordProblems(parsed.data.newPassword).map((p) => p.replace(/^password:/, 'newPassword:')));
    if (!(await verifyPassword(user.password_hash, parsed.data.currentPassword))) {
      const locked = await countFailedLogin(store, { userId, failedLogins: user.failed_logins }, now, policy);
      if (locked) {
        await endUserSessions(store, userId);
        throw lockedError(locked, ' Every session of this account has ended.');
      }
      problems.push('currentPassword: this is not your current password');
    } else if (user.failed_logins > 0) {
      await clearFailedLogins(store, userId);
    }
    if (user.must_change_password && parsed.data.newPassword === parsed.data.currentPassword) {
      problems.push('newPassword: choose your own password, not the one-time password you were given');
    }
    if (problems.length > 0) throw invalid(problems);
    const passwordHash = await hashPassword(parsed.data.newPassword);
    await store.transaction(async () => {
      await store.run('UPDATE app_user SET password_hash = ?, must_change_password = false WHERE user_id = ?', [
        passwordHash,
        userId,
      ]);
      await endUserSessions(store, userId, keepSession);
    });
  });
}

const invalid = (problems: readonly string[]) =>
  new AccessError(`The password was not changed: ${problems.join('; ')}.`, 'invalid-input', problems);
