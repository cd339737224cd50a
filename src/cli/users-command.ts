import { randomBytes } from 'node:crypto';
import { type Command, InvalidArgumentError } from 'commander';
import {
  AccessError,
  createUser,
  findUserByEmail,
  listUsers,
  recordAudit,
  resetPassword,
  type Role,
  roles,
  seedDemoAccounts,
  setAccountDisabled,
  type UserAccount,
  verifyAuditChain,
} from '../access/index.ts';
import { defaultStorePath, openStore, type Store } from '../store/index.ts';
import { type CliOutput, terminalOutput } from './output.ts';
import { withStore } from './with-store.ts';

const role = (v: string): Role => {
  if (!(roles as readonly string[]).includes(v)) throw new InvalidArgumentError(`use one of ${roles.join(', ')}`);
  return v as Role;
};

/** `zicht start` calls this: one account per role, printed with its password — synthetic demo only. */
export async function seedDemoUsers(store: Store, log: (line: string) => void): Promise<void> {
  const accounts = await seedDemoAccounts(store, new Date());
  if (accounts.length === 0) return;
  log('\nDemo accounts (DEMO ONLY — random passwords for this synthetic store; never use these on real data):');
  for (const a of accounts)
    log(
      `  ${a.role.padEnd(15)} ${a.email.padEnd(26)} ${a.password}${a.organisation ? `  (organisation: ${a.organisation})` : ''}`,
    );
}

async function userByEmail(store: Store, email: string): Promise<UserAccount> {
  const user = await findUserByEmail(store, email);
  if (!user)
    throw new AccessError(`There is no user with e-mail ${email}; \`zicht users list\` shows them.`, 'not-found');
  return user;
}

/** Changes made on the command line are audited too, without a signed-in user and from the address `cli`. */
const auditCli = (store: Store, action: string, user: UserAccount) =>
  recordAudit(store, { who: null, action, target: `user:${user.email}`, ip: 'cli', outcome: 200, at: new Date() });

/** `zicht users add|list|disable|enable|reset-password|audit-verify`: accounts for the server (the password comes from ZICHT_USER_PASSWORD, or a random one is printed once). */
export function registerUsersCommand(program: Command, output: CliOutput = terminalOutput): void {
  const users = program
    .command('users')
    .description(
      'accounts for the web app: administrators, data stewards, analysts, policy officers, minister’s offices',
    );
  users
    .command('add')
    .description('create an account')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`, role)
    .option(
      '--organisation <code>',
      'a data steward’s source code (police, csg, …); a policy officer’s or minister’s office’s department code (JenV, VWS, …)',
    )
    .option('--db <path>', 'store file', defaultStorePath)
    .action(async (o: { name: string; email: string; role: Role; organisation?: string; db: string }) => {
      const given = process.env.ZICHT_USER_PASSWORD;
      const password = given ?? randomBytes(12).toString('base64url');
      const store = await openStore(o.db);
      try {
        const user = await createUser(
          store,
          { name: o.name, email: o.email, role: o.role, organisation: o.organisation ?? null, password },
          new Date(),
        );
        output.result(
          `created ${user.role} ${user.email}${user.organisation ? ` of ${user.organisation}` : ''} (${user.userId})`,
        );
        if (!given) output.result(`password (shown once; pass it on safely): ${password}`);
      } finally {
        store.close();
      }
    });
  users
    .command('list')
    .description('list the accounts')
    .option('--db <path>', 'store file', defaultStorePath)
    .action(async (o: { db: string }) => {
      const store = await openStore(o.db);
      try {
        for (const u of await listUsers(store)) {
          const notes = [
            u.organisation ?? '',
            u.lockedUntil ? `locked until ${u.lockedUntil}` : '',
            u.disabledAt ? `disabled since ${u.disabledAt}` : '',
            u.mustChangePassword ? 'must change password' : '',
          ];
          output.result(`${u.role.padEnd(13)} ${u.email.padEnd(30)} ${notes.filter(Boolean).join('; ')}`);
        }
      } finally {
        store.close();
      }
    });
  for (const [verb, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    users
      .command(verb)
      .description(
        disabled
          ? 'disable an account: it cannot sign in and its sessions end at once'
          : 'let a disabled account sign in again',
      )
      .requiredOption('--email <email>', 'the account')
      .option('--db <path>', 'store file', defaultStorePath)
      .action((o: { email: string; db: string }) =>
        withStore(o.db, async (store) => {
          const user = await setAccountDisabled(
            store,
            { userId: (await userByEmail(store, o.email)).userId, disabled, by: null },
            new Date(),
          );
          await auditCli(store, `users.${verb}`, user);
          output.result(`${verb}d ${user.email}`);
        }),
      );
  }
  users
    .command('reset-password')
    .description('give an account a one-time password, shown once; its user must choose a new one at the next sign-in')
    .requiredOption('--email <email>', 'the account')
    .option('--db <path>', 'store file', defaultStorePath)
    .action((o: { email: string; db: string }) =>
      withStore(o.db, async (store) => {
        const reset = await resetPassword(store, { userId: (await userByEmail(store, o.email)).userId, by: null });
        await auditCli(store, 'users.password.reset', reset.user);
        output.result(
          `one-time password for ${reset.user.email} (shown once; pass it on safely): ${reset.oneTimePassword}`,
        );
      }),
    );
  users
    .command('audit-verify')
    .description(
      "check the audit log's hash chain: exits with 1 and names the first broken row if it was edited outside Zicht",
    )
    .option('--db <path>', 'store file', defaultStorePath)
    .action((o: { db: string }) =>
      withStore(o.db, async (store) => {
        const report = await verifyAuditChain(store);
        if (report.ok) {
          output.result(
            `audit log intact: ${report.rows} rows${report.head ? `; newest row ${report.head.seq}, hash ${report.head.hash} (keep it elsewhere to detect removal of newer rows)` : ''}`,
          );
        } else {
          output.error(report.problem);
          process.exitCode = 1;
        }
      }),
    );
}
