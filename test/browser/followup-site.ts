import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createUser } from '../../src/access/index.ts';
import { buildDemoData, replaceFollowupData } from '../../src/followup/index.ts';
import { createServer } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { launchChromium } from './launch-chromium.ts';

export const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));
export const followupNow = new Date('2026-03-25T10:00:00Z');
export const officerPassword = 'correct horse battery staple';

/** An account of the site: a policy officer unless `role` says otherwise; officers carry a department code. */
export type SiteUser = {
  readonly name: string;
  readonly email: string;
  readonly role?: 'officer' | 'minister-office' | 'administrator';
  readonly organisation?: string | null;
};

export type FollowupSite = {
  readonly store: Store;
  readonly url: string;
  readonly context: BrowserContext;
  /** Opens a path and waits for `ready`; fails on any script error on the page. */
  open(path: string, ready: string): Promise<Page>;
  /** Signs out whoever is signed in (the browser forgets its session cookie). */
  signOut(): Promise<void>;
  close(): Promise<void>;
};

/**
 * The real server on an in-memory store with the demo editions and one policy officer (and any
 * other accounts a test needs: officers of other departments, a minister's office), the built web
 * app, and Chromium: what the follow-up browser tests share. Every account has `officerPassword`.
 */
export async function startFollowupSite(
  officer: SiteUser,
  newFollowupId: string,
  otherUsers: readonly SiteUser[] = [],
): Promise<FollowupSite> {
  const store = await openStore(':memory:');
  let app: FastifyInstance | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  const close = async () => {
    await browser?.close();
    await app?.close();
    store.close();
  };
  try {
    await replaceFollowupData(store, buildDemoData());
    for (const user of [officer, ...otherUsers])
      await createUser(store, { role: 'officer', ...user, password: officerPassword }, followupNow);
    app = createServer({
      store,
      webRoot: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
      now: () => followupNow,
      newFollowupId: () => newFollowupId,
      // a walk signs in a dozen times within a minute (four users taking turns); the limit itself is tested elsewhere
      loginRateLimit: 100,
    });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
    await mkdir(`${screenshots}followup`, { recursive: true });
    const context = browser.context;
    const open = async (path: string, ready: string) => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${url}${path}`);
      await page.locator(ready).first().waitFor();
      expect(errors).toEqual([]);
      return page;
    };
    const signOut = () => context.clearCookies();
    return { store, url, context, open, signOut, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Starts the site once for a test file and stops it after: a missing Chromium or an unbuilt app
 * fails every test with its message instead of skipping it. Returns the running site.
 */
export function followupSiteForThisFile(
  officer: SiteUser,
  newFollowupId: string,
  otherUsers: readonly SiteUser[] = [],
): () => FollowupSite {
  let site: FollowupSite | undefined;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      site = await startFollowupSite(officer, newFollowupId, otherUsers);
    } catch (error) {
      setupError = error;
    }
  });
  beforeEach(() => {
    if (setupError) throw setupError;
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => site as FollowupSite;
}
