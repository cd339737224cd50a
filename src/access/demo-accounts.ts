import { randomBytes } from 'node:crypto';
import type { Store } from '../store/index.ts';
import type { Role } from './roles.ts';
import { createUser, findUserByEmail } from './user-accounts.ts';

export type DemoAccount = {
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly organisation: string | null;
  readonly password: string;
};

const demoUsers: readonly Omit<DemoAccount, 'password'>[] = [
  { name: 'Demo Beheerder', email: 'beheerder@zicht.example', role: 'administrator', organisation: null },
  { name: 'Demo Gegevensbeheerder Politie', email: 'politie@zicht.example', role: 'steward', organisation: 'police' },
  { name: 'Demo Gegevensbeheerder CSG', email: 'csg@zicht.example', role: 'steward', organisation: 'csg' },
  { name: 'Demo Analist', email: 'analist@zicht.example', role: 'analyst', organisation: null },
  { name: 'Demo Beleidsmedewerker', email: 'beleid@zicht.example', role: 'officer', organisation: 'JenV' },
  { name: 'Demo Beleidsmedewerker VWS', email: 'beleid-vws@zicht.example', role: 'officer', organisation: 'VWS' },
  { name: 'Demo Beleidsmedewerker OCW', email: 'beleid-ocw@zicht.example', role: 'officer', organisation: 'OCW' },
  { name: 'Demo Bewindspersoonsstaf', email: 'kabinet@zicht.example', role: 'minister-office', organisation: 'JenV' },
];

/** A fresh random password per account and start, so a demo password never works on another install. */
const randomPassword = () => randomBytes(12).toString('base64url');

/**
 * Creates one demo account per role (two stewards, to show organisations apart; officers of three
 * departments and the JenV minister's office, to coordinate a response and decide on it) and returns them
 * with their passwords — for the synthetic demo only. Accounts that exist are left alone.
 */
export async function seedDemoAccounts(
  store: Store,
  now: Date,
  passwordFor: (email: string) => string = randomPassword,
): Promise<DemoAccount[]> {
  const created: DemoAccount[] = [];
  for (const user of demoUsers) {
    if (await findUserByEmail(store, user.email)) continue;
    const password = passwordFor(user.email);
    await createUser(store, { ...user, password }, now);
    created.push({ ...user, password });
  }
  return created;
}
