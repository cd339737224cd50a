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
  normaliseEmail,
} from './login-lockout.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import type { Principal, Role } from './roles.ts';
import { unknownAddressFailuresOf } from './unknown-address-failures.ts';

export { defaultLockout, type LockoutPolicy } from './login-lockout.ts';

type Candidate = {
  user_id: string;
  name: string;
  email: string;
  role: Role;
  organisation: string | null;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  disabled_at: string | null;
  must_change_password: boolean | null;
};

/** Who signed in, and whether they signed in with a one-time password they must change first. */
export type Authenticated = { readonly principal: Principal; readonly mustChangePassword: boolean };

const wrong = () => new AccessError('Wrong e-mail address or password.', 'unauthenticated');
let decoy: Promise<string> | undefined;

/**
 * Checks an e-mail address and password. Attempts for one address run one after another (check,
 * verify, count), so a burst of guesses is counted in full and locks the account like guesses one
 * by one. Addresses without an account are answered the same way: the same argon2 work, the same
 * failure count and lock (kept in memory), the same messages and status codes; a locked address is
 * refused without looking at the password. A disabled account is refused only after the right
 * password, so the answer does not tell strangers which accounts exist.
 */
export async function authenticateUser(
  store: Store,
  credentials: { readonly email: string; readonly password: string },
  now: Date,
  policy: LockoutPolicy = defaultLockout,
): Promise<Authenticated> {
  const email = normaliseEmail(credentials.email);
  return store.serialise(loginQueue(email), () => attempt(store, email, credentials.password, now, policy));
}

async function attempt(
  store: Store,
  email: string,
  password: string,
  now: Date,
  policy: LockoutPolicy,
): Promise<Authenticated> {
  const [user] = await store.all<Candidate>(
    `SELECT user_id, name, email, role, organisation, password_hash, failed_logins, CAST(locked_until AS VARCHAR) AS locked_until,
            CAST(disabled_at AS VARCHAR) AS disabled_at, must_change_password
     FROM app_user WHERE email = ?`,
    [email],
  );
  if (!user) return refuseUnknown(store, email, password, now, policy);
  const lock = lockHolds(user.locked_until, now);
  if (lock) throw lockedError(lock);
  if (!(await verifyPassword(user.password_hash, password))) {
    const locked = await countFailedLogin(
      store,
      { userId: user.user_id, failedLogins: user.failed_logins },
      now,
      policy,
    );
    throw locked ? lockedError(locked) : wrong();
  }
  if (user.failed_logins > 0 || user.locked_until) await clearFailedLogins(store, user.user_id);
  if (user.disabled_at)
    throw new AccessError('This account is disabled; ask an administrator to enable it again.', 'disabled');
  return {
    principal: {
      userId: user.user_id,
      name: user.name,
      email: user.email,
      role: user.role,
      organisation: user.organisation,
    },
    mustChangePassword: user.must_change_password === true,
  };
}

async function refuseUnknown(
  store: Store,
  email: string,
  password: string,
  now: Date,
  policy: LockoutPolicy,
): Promise<never> {
  const strangers = unknownAddressFailuresOf(store);
  const lock = strangers.lockedUntil(email, now);
  if (lock) throw lockedError(lock);
  decoy ??= hashPassword('decoy password for unknown accounts');
  await verifyPassword(await decoy, password);
  // the statement a known account's failure costs, on an id no account has, so timing does not tell them apart
  await store.run('UPDATE app_user SET failed_logins = failed_logins + 1 WHERE user_id = ?', ['(no account)']);
  const locked = strangers.fail(email, now, policy);
  throw locked ? lockedError(locked) : wrong();
}
