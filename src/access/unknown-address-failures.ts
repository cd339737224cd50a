import { createHash } from 'node:crypto';
import type { Store } from '../store/index.ts';
import { type LockoutPolicy, normaliseEmail } from './login-lockout.ts';

type Entry = { failures: number; lockedUntil: number | null };

/**
 * Wrong passwords given for addresses that have no account, counted and locked exactly as a real
 * account's, so that the lock-out answer does not tell who has an account. Held in memory only,
 * under a SHA-256 of the address (typos of real addresses are not kept as such), and bounded: past
 * `capacity` addresses the least recently failed one without a lock in force is forgotten first.
 */
export class UnknownAddressFailures {
  readonly #entries = new Map<string, Entry>();

  constructor(readonly capacity = 10_000) {}

  /** When the address's lock ends, if one holds at `now`. */
  lockedUntil(email: string, now: Date): Date | null {
    const until = this.#entries.get(keyOf(email))?.lockedUntil ?? null;
    return until !== null && until > now.getTime() ? new Date(until) : null;
  }

  /** One more wrong password for the address; returns when its lock ends if this one locked it. */
  fail(email: string, now: Date, policy: LockoutPolicy): Date | null {
    const key = keyOf(email);
    const entry = this.#entries.get(key) ?? { failures: 0, lockedUntil: null };
    this.#entries.delete(key);
    entry.failures++;
    let locked: Date | null = null;
    if (entry.failures >= policy.maxFailures) {
      locked = new Date(now.getTime() + policy.lockMinutes * 60_000);
      entry.failures = 0;
      entry.lockedUntil = locked.getTime();
    }
    if (this.#entries.size >= this.capacity) this.#forgetOne(now);
    this.#entries.set(key, entry);
    return locked;
  }

  get size(): number {
    return this.#entries.size;
  }

  #forgetOne(now: Date): void {
    for (const [key, entry] of this.#entries) {
      if (entry.lockedUntil === null || entry.lockedUntil <= now.getTime()) {
        this.#entries.delete(key);
        return;
      }
    }
    const [oldest] = this.#entries.keys();
    if (oldest !== undefined) this.#entries.delete(oldest);
  }
}

const keyOf = (email: string) => createHash('sha256').update(normaliseEmail(email)).digest('base64url');

const byStore = new WeakMap<Store, UnknownAddressFailures>();

/** The counts that go with one store, i.e. with one running server and its accounts. */
export function unknownAddressFailuresOf(store: Store): UnknownAddressFailures {
  const existing = byStore.get(store);
  if (existing) return existing;
  const created = new UnknownAddressFailures();
  byStore.set(store, created);
  return created;
}
