import type { Store } from '../store/index.ts';
import { AccessError } from './access-error.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import type { Principal, Role } from './roles.ts';

export type LockoutPolicy = { readonly maxFailures: number; readonly lockMinutes: number };
/** Five wrong passwords in a row lock the account for a quarter of an hour (ASVS 2.2.1). */
export const defaultLockout: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

type Candidate = {
  user_id: string; name: string; email: string; role: Role; organisation: string | null;
  password_hash: string; failed_logins: number; locked_until: string | null; disabled_at: string | null; must_change_password: boolean | null;
};

/** Who signed in, and whether they signed in with a one-time password they must change first. */
export type Authenticated = { readonly principal: Principal; readonly mustChangePassword: boolean };

const wrong = () => new AccessError('Wrong e-mail address or password.', 'unauthenticated');
let decoy: Promise<string> | undefined;

/**
 * Checks an e-mail address and password. Unknown addresses cost the same argon2 work as known
 * ones, so timing does not tell which accounts exist; a locked account is refused without
 * looking at the password. A disabled account is refused only after the right password, so the
 * answer does not tell strangers which accounts exist.
 */
export async function authenticateUser(
  store: Store,
  credentials: { readonly email: string; readonly password: string },
  now: Date,
  policy: LockoutPolicy = defaultLockout,
): Promise<Authenticated> {
  const [user] = await store.all<Candidate>(
    `SELECT user_id, name, email, role, organisation, password_hash, failed_logins, CAST(locked_until AS VARCHAR) AS locked_until,
            CAST(disabled_at AS VARCHAR) AS disabled_at, must_change_password
     FROM app_user WHERE email = ?`,
    [credentials.email.trim().toLowerCase()],
  );
  if (!user) {
    decoy ??= hashPassword('decoy password for unknown accounts');
    await verifyPassword(await decoy, credentials.password);
    throw wrong();
  }
  if (user.locked_until && new Date(`${user.locked_until.replace(' ', 'T')}Z`) > now) throw locked(user.locked_until);
  if (!(await verifyPassword(user.password_hash, credentials.password))) {
    const failures = user.failed_logins + 1;
    if (failures >= policy.maxFailures) {
      const until = new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString();
      await store.run('UPDATE app_user SET failed_logins = 0, locked_until = ?::TIMESTAMP WHERE user_id = ?', [until, user.user_id]);
      throw locked(until);
    }
    await store.run('UPDATE app_user SET failed_logins = ? WHERE user_id = ?', [failures, user.user_id]);
    throw wrong();
  }
  if (user.failed_logins > 0 || user.locked_until) {
    await store.run('UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE user_id = ?', [user.user_id]);
  }
  if (user.disabled_at) throw new AccessError('This account is disabled; ask an administrator to enable it again.', 'disabled');
  return {
    principal: { userId: user.user_id, name: user.name, email: user.email, role: user.role, organisation: user.organisation },
    mustChangePassword: user.must_change_password === true,
  };
}

function locked(until: string): AccessError {
  const time = until.replace(' ', 'T').slice(0, 16).replace('T', ' ');
  return new AccessError(`This account is locked after too many wrong passwords until ${time} UTC; try again then, or ask an administrator.`, 'locked');
}
