import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession, createUser, type Role, type UserAccount } from '../../src/access/index.ts';
import { buildDemoData, replaceFollowupData } from '../../src/followup/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

export const fixtureNow = new Date('2026-03-25T10:00:00Z');
export const fixturePassword = 'correct horse battery staple';

/**
 * One user per role; the steward belongs to the Centres for Sexual Violence (csg), the second steward
 * to the police; the policy officer and the minister's office to Justice and Security (JenV).
 */
export const fixtureUsers = {
  administrator: { name: 'Test Beheerder', email: 'admin@test.example', role: 'administrator', organisation: null },
  steward: { name: 'Test Steward CSG', email: 'csg@test.example', role: 'steward', organisation: 'csg' },
  policeSteward: {
    name: 'Test Steward Politie',
    email: 'police@test.example',
    role: 'steward',
    organisation: 'police',
  },
  analyst: { name: 'Test Analist', email: 'analist@test.example', role: 'analyst', organisation: null },
  officer: { name: 'Beleidsmedewerker Test', email: 'beleid@test.example', role: 'officer', organisation: 'JenV' },
  ministerOffice: {
    name: 'Bewindspersoonsstaf Test',
    email: 'kabinet@test.example',
    role: 'minister-office',
    organisation: 'JenV',
  },
} as const satisfies Record<string, { name: string; email: string; role: Role; organisation: string | null }>;
export type FixtureUser = keyof typeof fixtureUsers;

export type AccessFixture = {
  readonly store: Store;
  readonly dir: string;
  readonly users: Readonly<Record<FixtureUser, UserAccount>>;
  close(): void;
};

/**
 * A small synthetic store that has been through the whole pipeline (deliveries of every source,
 * a review queue, an estimate, indicators), with the follow-up demo data and one user per role.
 * Used by the route tests, the browser tests and the dashboard bench.
 */
export async function createAccessFixture(options: { scale?: number; now?: () => Date } = {}): Promise<AccessFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'zicht-access-'));
  const store = await openStore(join(dir, 'zicht.duckdb'));
  let tick = 0;
  await runPipeline(
    store,
    {
      seed: 7,
      yearFrom: 2018,
      yearTo: 2025,
      scale: options.scale ?? 0.02,
      secret: 'test-secret-of-enough-length',
      today: '2026-03-25',
      workDir: join(dir, 'work'),
    },
    { now: options.now ?? (() => new Date(fixtureNow.getTime() - 3_600_000 + tick++ * 1000)), log: () => {} },
  );
  await replaceFollowupData(store, buildDemoData());
  const users = {} as Record<FixtureUser, UserAccount>;
  for (const [key, user] of Object.entries(fixtureUsers) as [FixtureUser, (typeof fixtureUsers)[FixtureUser]][]) {
    users[key] = await createUser(store, { ...user, password: fixturePassword }, fixtureNow);
  }
  return {
    store,
    dir,
    users,
    close: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Cookie and CSRF headers of a fresh session for a user (no password round trip). */
export async function sessionHeaders(
  store: Store,
  user: UserAccount,
  at: Date = fixtureNow,
): Promise<Record<string, string>> {
  const session = await createSession(store, user.userId, '127.0.0.1', at);
  return { cookie: `zicht_session=${session.token}`, 'x-csrf-token': session.csrfToken };
}
