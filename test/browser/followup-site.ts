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

export type FollowupSite = {
  readonly store: Store;
  readonly url: string;
  readonly context: BrowserContext;
  /** Opens a path and waits for `ready`; fails on any script error on the page. */
  open(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
};

/**
 * The real server on an in-memory store with the demo editions and one policy officer, the built
 * web app, and Chromium: what the follow-up browser tests share.
 */
export async function startFollowupSite(
  officer: { name: string; email: string },
  newFollowupId: string,
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
    await createUser(store, { ...officer, role: 'officer', password: officerPassword }, followupNow);
    app = createServer({
      store,
      webRoot: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
      now: () => followupNow,
      newFollowupId: () => newFollowupId,
    });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
    await mkdir(screenshots, { recursive: true });
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
    return { store, url, context, open, close };
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
  officer: { name: string; email: string },
  newFollowupId: string,
): () => FollowupSite {
  let site: FollowupSite | undefined;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      site = await startFollowupSite(officer, newFollowupId);
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
