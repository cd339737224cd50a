import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { sources } from '../contract/index.ts';
import { departmentCodes } from '../followup/index.ts';
import type { Store } from '../store/index.ts';
import { AccessError } from './access-error.ts';
import { hashPassword } from './password-hash.ts';
import { passwordProblems } from './password-problems.ts';
import { departmentRoles, type Principal, type Role, roles } from './roles.ts';

export const newUserSchema = z
  .object({
    name: z.string().trim().min(1, 'give the user a name').max(200),
    email: z.string().trim().toLowerCase().email('give a valid e-mail address'),
    role: z.enum(roles, { message: `role must be one of ${roles.join(', ')}` }),
    organisation: z.string().trim().min(1).nullish(),
    password: z.string(),
  })
  .superRefine((u, ctx) => {
    const isSource = u.organisation != null && (sources.codes as readonly string[]).includes(u.organisation);
    if (u.role === 'steward' && !isSource) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message: `a data steward needs their organisation's source code: one of ${sources.codes.join(', ')}`,
      });
    }
    const isDepartment = u.organisation != null && (departmentCodes as readonly string[]).includes(u.organisation);
    if (u.role === 'minister-office' && !isDepartment) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message: `the minister's office needs its department's code: one of ${departmentCodes.join(', ')}`,
      });
    }
    if (u.role === 'officer' && u.organisation != null && !isDepartment) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message: `a policy officer's organisation is their department's code: one of ${departmentCodes.join(', ')}`,
      });
    }
    if (!departmentRoles.includes(u.role) && u.role !== 'steward' && u.organisation != null) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message:
          'only data stewards, policy officers and the minister’s office belong to an organisation; leave it empty',
      });
    }
    for (const problem of passwordProblems(u.password))
      ctx.addIssue({ code: 'custom', path: ['password'], message: problem.replace(/^password: /, '') });
  });
export type NewUser = z.input<typeof newUserSchema>;

export type UserAccount = Principal & {
  readonly createdAt: string;
  readonly lockedUntil: string | null;
  readonly failedLogins: number;
  /** When an administrator disabled the account; null while it may sign in. */
  readonly disabledAt: string | null;
  /** The password is a one-time password from an administrator: the user must choose their own first. */
  readonly mustChangePassword: boolean;
};

type UserRow = {
  user_id: string;
  name: string;
  email: string;
  role: Role;
  organisation: string | null;
  created_at: string;
  locked_until: string | null;
  failed_logins: number;
  disabled_at: string | null;
  must_change_password: boolean | null;
};
const columns = `user_id, name, email, role, organisation, CAST(created_at AS VARCHAR) AS created_at, CAST(locked_until AS VARCHAR) AS locked_until,
  failed_logins, CAST(disabled_at AS VARCHAR) AS disabled_at, must_change_password`;
const toAccount = (r: UserRow): UserAccount => ({
  userId: r.user_id,
  name: r.name,
  email: r.email,
  role: r.role,
  organisation: r.organisation,
  createdAt: r.created_at,
  lockedUntil: r.locked_until,
  failedLogins: r.failed_logins,
  disabledAt: r.disabled_at,
  mustChangePassword: r.must_change_password === true,
});

/** Validates every field together and stores the account with an argon2id hash of the password. */
export async function createUser(store: Store, input: unknown, now: Date): Promise<UserAccount> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'user'}: ${i.message}`);
    throw new AccessError(`The user cannot be created: ${problems.join('; ')}.`, 'invalid-input', problems);
  }
  const u = parsed.data;
  if (await findUserByEmail(store, u.email))
    throw new AccessError(`A user with e-mail ${u.email} already exists.`, 'conflict');
  const userId = randomUUID();
  const passwordHash = await hashPassword(u.password);
  await store.run(
    `INSERT INTO app_user (user_id, name, email, role, organisation, password_hash, failed_logins, locked_until, created_at, disabled_at, must_change_password)
     VALUES (?, ?, ?, ?, ?, ?, 0, NULL, ?::TIMESTAMP, NULL, false)`,
    [userId, u.name, u.email, u.role, u.organisation ?? null, passwordHash, now.toISOString()],
  );
  const created = await findUserById(store, userId);
  if (!created) throw new Error(`user ${userId} was not stored`);
  return created;
}

export async function listUsers(store: Store): Promise<UserAccount[]> {
  return (await store.all<UserRow>(`SELECT ${columns} FROM app_user ORDER BY role, name`)).map(toAccount);
}

export async function findUserById(store: Store, userId: string): Promise<UserAccount | null> {
  const [row] = await store.all<UserRow>(`SELECT ${columns} FROM app_user WHERE user_id = ?`, [userId]);
  return row ? toAccount(row) : null;
}

export async function findUserByEmail(store: Store, email: string): Promise<UserAccount | null> {
  const [row] = await store.all<UserRow>(`SELECT ${columns} FROM app_user WHERE email = ?`, [
    email.trim().toLowerCase(),
  ]);
  return row ? toAccount(row) : null;
}
