import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { authenticateUser, createUser, findUserByEmail } from '../access/index.ts';
import { openStore } from '../store/index.ts';
import { collectedOutput } from './output.ts';
import { registerUsersCommand } from './users-command.ts';

const dirs: string[] = [];
/** What the commands reported as errors (standard error), since the last test. */
const errors: string[] = [];
afterEach(() => {
  errors.length = 0;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function storeWithUser(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'zicht-users-'));
  dirs.push(dir);
  const db = join(dir, 'zicht.duckdb');
  const store = await openStore(db);
  await createUser(
    store,
    { name: 'Ana Liste', email: 'ana@test.example', role: 'analyst', password: 'correct horse battery staple' },
    new Date(),
  );
  store.close();
  return db;
}

/** Runs `zicht users …`; resolves with the lines it printed as results (standard output). */
async function zicht(...args: string[]): Promise<string[]> {
  const output = collectedOutput();
  const program = new Command('zicht').exitOverride();
  registerUsersCommand(program, output);
  await program.parseAsync(['users', ...args], { from: 'user' });
  errors.push(...output.errors);
  return output.results;
}

describe('zicht users', () => {
  it('disables and enables an account, audited as a command-line change', async () => {
    const db = await storeWithUser();
    expect(await zicht('disable', '--email', 'ana@test.example', '--db', db)).toEqual(['disabled ana@test.example']);
    expect((await zicht('list', '--db', db))[0]).toMatch(/^analyst +ana@test\.example +disabled since \d{4}-/);
    await zicht('enable', '--email', 'ana@test.example', '--db', db);
    const store = await openStore(db);
    try {
      expect((await findUserByEmail(store, 'ana@test.example'))?.disabledAt).toBeNull();
      const audit = await store.all<{ action: string; target: string; ip: string; user_id: string | null }>(
        'SELECT action, target, ip, user_id FROM audit_log ORDER BY seq',
      );
      expect(audit).toEqual([
        { action: 'users.disable', target: 'user:ana@test.example', ip: 'cli', user_id: null },
        { action: 'users.enable', target: 'user:ana@test.example', ip: 'cli', user_id: null },
      ]);
    } finally {
      store.close();
    }
  });

  it('resets a password to a one-time password that signs in once and must be changed', async () => {
    const db = await storeWithUser();
    const [line] = await zicht('reset-password', '--email', 'ana@test.example', '--db', db);
    const oneTime = line?.match(/: (\S+)$/)?.[1] ?? '';
    expect(oneTime.length).toBeGreaterThanOrEqual(12);
    const store = await openStore(db);
    try {
      const signedIn = await authenticateUser(store, { email: 'ana@test.example', password: oneTime }, new Date());
      expect(signedIn.mustChangePassword).toBe(true);
      await expect(
        authenticateUser(store, { email: 'ana@test.example', password: 'correct horse battery staple' }, new Date()),
      ).rejects.toThrow('Wrong e-mail address or password');
    } finally {
      store.close();
    }
  });

  it('names the account it cannot find', async () => {
    const db = await storeWithUser();
    await expect(zicht('disable', '--email', 'nobody@test.example', '--db', db)).rejects.toThrow(
      'There is no user with e-mail nobody@test.example',
    );
  });
});

describe('zicht users audit-verify', () => {
  it('reports an intact chain, and exits with 1 naming the row after an edit in SQL', async () => {
    const db = await storeWithUser();
    await zicht('disable', '--email', 'ana@test.example', '--db', db);
    await zicht('enable', '--email', 'ana@test.example', '--db', db);
    expect((await zicht('audit-verify', '--db', db))[0]).toMatch(
      /^audit log intact: 2 rows; newest row 2, hash [0-9a-f]{64} /,
    );
    const store = await openStore(db);
    await store.run("UPDATE audit_log SET target = 'user:someone-else@test.example' WHERE seq = 1");
    store.close();
    expect(errors).toEqual([]);
    expect(await zicht('audit-verify', '--db', db)).toEqual([]);
    expect(errors).toEqual([
      'The audit log was tampered with: row 1 does not match its hash; it is the first row, so it was changed or rows before it were removed.',
    ]);
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
  });
});
