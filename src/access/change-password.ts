import { z } from 'zod';
import type { Store } from '../store/index.ts';
import { AccessError } from './access-error.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { passwordProblems } from './password-problems.ts';
import { endUserSessions } from './user-sessions.ts';

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, 'give your current password').max(1024),
  newPassword: z.string().max(1024),
});
export type PasswordChange = z.input<typeof passwordChangeSchema>;

/**
 * A user chooses a new password (ASVS 2.1.5): the current one is required, and every other session
 * of the user ends, so a stolen session does not outlive the change. `keepSession` is the token of
 * the session that asked; it stays signed in.
 */
export async function changePassword(store: Store, userId: string, input: unknown, keepSession: string | null): Promise<void> {
  const parsed = passwordChangeSchema.safeParse(input);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'password'}: ${i.message}`);
  if (parsed.success) problems.push(...passwordProblems(parsed.data.newPassword).map((p) => p.replace(/^password:/, 'newPassword:')));
  const [user] = await store.all<{ password_hash: string; must_change_password: boolean | null }>(
    'SELECT password_hash, must_change_password FROM app_user WHERE user_id = ?',
    [userId],
  );
  if (!user) throw new AccessError('This account no longer exists.', 'not-found');
  if (parsed.success && !(await verifyPassword(user.password_hash, parsed.data.currentPassword))) {
    problems.push('currentPassword: this is not your current password');
  }
  if (parsed.success && user.must_change_password && parsed.data.newPassword === parsed.data.currentPassword) {
    problems.push('newPassword: choose your own password, not the one-time password you were given');
  }
  if (!parsed.success || problems.length > 0) {
    throw new AccessError(`The password was not changed: ${problems.join('; ')}.`, 'invalid-input', problems);
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await store.transaction(async () => {
    await store.run('UPDATE app_user SET password_hash = ?, must_change_password = false WHERE user_id = ?', [passwordHash, userId]);
    await endUserSessions(store, userId, keepSession);
  });
}
