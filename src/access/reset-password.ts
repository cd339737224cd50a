import { randomBytes } from 'node:crypto';
import type { Store } from '../store/index.ts';
import { AccessError } from './access-error.ts';
import { loginQueue } from './login-lockout.ts';
import { hashPassword } from './password-hash.ts';
import type { Principal } from './roles.ts';
import { findUserById, type UserAccount } from './user-accounts.ts';
import { endUserSessions } from './user-sessions.ts';

/** 16 random bytes: 22 characters, well over the 12-character minimum. */
const oneTimePassword = () => randomBytes(16).toString('base64url');

/**
 * An administrator resets a forgotten password: the account gets a one-time password (returned
 * once, to be passed on safely) that only lets its user choose a new one at the next sign-in.
 * The lock-out is lifted and every session of the account ends. Administrators change their own
 * password on the account page instead.
 */
export async function resetPassword(
  store: Store,
  reset: { readonly userId: string; readonly by: Principal | null },
  newPassword: () => string = oneTimePassword,
): Promise<{ readonly user: UserAccount; readonly oneTimePassword: string }> {
  const user = await findUserById(store, reset.userId);
  if (!user) throw new AccessError(`There is no user with id ${reset.userId}.`, 'not-found');
  if (reset.by?.userId === user.userId)
    throw new AccessError('Change your own password on your account page instead.', 'conflict');
  const password = newPassword();
  const passwordHash = await hashPassword(password);
  // in the account's login queue: a sign-in counting a failure writes the same row
  await store.serialise(loginQueue(user.email), () =>
    store.transaction(async () => {
      await store.run(
        'UPDATE app_user SET password_hash = ?, must_change_password = true, failed_logins = 0, locked_until = NULL WHERE user_id = ?',
        [passwordHash, user.userId],
      );
      await endUserSessions(store, user.userId);
    }),
  );
  const changed = await findUserById(store, user.userId);
  if (!changed) throw new Error(`user ${user.userId} vanished`);
  return { user: changed, oneTimePassword: password };
}
