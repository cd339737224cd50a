import { randomBytes } from 'node:crypto';
import { type Command, InvalidArgumentError } from 'commander';
import { createUser, listUsers, type Role, roles, seedDemoAccounts } from '../access/index.ts';
import { defaultStorePath, openStore, type Store } from '../store/index.ts';

const role = (v: string): Role => {
  if (!(roles as readonly string[]).includes(v)) throw new InvalidArgumentError(`use one of ${roles.join(', ')}`);
  return v as Role;
};

/** `zicht start` calls this: one account per role, printed with its password — synthetic demo only. */
export async function seedDemoUsers(store: Store, log: (line: string) => void = console.log): Promise<void> {
  const accounts = await seedDemoAccounts(store, new Date());
  if (accounts.length === 0) return;
  log('\nDemo accounts (DEMO ONLY — random passwords for this synthetic store; never use these on real data):');
  for (const a of accounts) log(`  ${a.role.padEnd(13)} ${a.email.padEnd(26)} ${a.password}${a.organisation ? `  (organisation: ${a.organisation})` : ''}`);
}

/** `zicht users add|list`: accounts for the server (the password comes from ZICHT_USER_PASSWORD, or a random one is printed once). */
export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('accounts for the web app: administrators, data stewards, analysts, policy officers');
  users
    .command('add')
    .description('create an account')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`, role)
    .option('--organisation <source>', 'for a data steward: the source code of their organisation (police, csg, …)')
    .option('--db <path>', 'store file', defaultStorePath)
    .action(async (o: { name: string; email: string; role: Role; organisation?: string; db: string }) => {
      const given = process.env.ZICHT_USER_PASSWORD;
      const password = given ?? randomBytes(12).toString('base64url');
      const store = await openStore(o.db);
      try {
        const user = await createUser(store, { name: o.name, email: o.email, role: o.role, organisation: o.organisation ?? null, password }, new Date());
        console.log(`created ${user.role} ${user.email}${user.organisation ? ` of ${user.organisation}` : ''} (${user.userId})`);
        if (!given) console.log(`password (shown once; pass it on safely): ${password}`);
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
        for (const u of await listUsers(store)) console.log(`${u.role.padEnd(13)} ${u.email.padEnd(30)} ${u.organisation ?? ''}${u.lockedUntil ? ` locked until ${u.lockedUntil}` : ''}`);
      } finally {
        store.close();
      }
    });
}
