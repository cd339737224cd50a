import type { Store } from '../store/index.ts';
import { AccessError } from './access-error.ts';
import { loginQueue } from './login-lockout.ts';
import type { Principal } from './roles.ts';
import { findUserById, type UserAccount } from './user-accounts.ts';
import { endUserSessions } from './user-sessions.ts';

/**
 * An administrator disables or enables an account. Disabling ends its sessions in the same
 * transaction, so it is signed out at once; an administrator cannot disable their own account
 * (that could leave nobody to enable it again).
 */
export async function setAccountDisabled(
  store: Store,
  change: { readonly userId: string; readonly disabled: boolean; readonly by: Principal | null },
  now: Date,
): Promise<UserAccount> {
  const user = await findUserById(store, change.userId);
  if (!user) throw new AccessError(`There is no user with id ${change.userId}.`, 'not-found');
  if (change.disabled && change.by?.userId === user.userId) {
    throw new AccessError('You cannot disable your own account; ask another administrator.', 'conflict');
  }
  // in the account's login queue: a sign-in counting a failure writes the same row
  await store.serialise(loginQueue(user.email), () =>
    store.transaction(async () => {
      if (change.disabled) {
        // an account that is already disabled keeps the moment it was first disabled
        await store.run('UPDATE app_user SET disabled_at = coalesce(disabled_at, ?::TIMESTAMP) WHERE user_id = ?', [
          now.toISOString(),
          user.userId,
        ]);
        await endUserSessions(store, user.userId);
      } else {
        await store.run('UPDATE app_user SET disabled_at = NULL WHERE user_id = ?', [user.userId]);
      }
    }),
  );
  const changed = await findUserById(store, user.userId);
  if (!changed) throw new Error(`user ${user.userId} vanished`);
  return changed;
}
