import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type AccessFixture, createAccessFixture } from '../support/access-test-fixture.ts';
import { createServer } from '../../src/server/index.ts';
import { launchChromium } from './launch-chromium.ts';

export const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** What a signed-in browser test works with; filled before the first test runs. */
export type AccessSite = { fixture: AccessFixture; url: string; context: BrowserContext };

/**
 * The pipeline's small synthetic store with one user per role, the real server with the built web
 * app, and Chromium, set up once per test file (the hooks are registered here). A missing Chromium,
 * an unbuilt front end or a failed pipeline fails every test instead of skipping it; every test
 * starts signed out.
 */
export function setUpAccessSite(): AccessSite {
  const site = {} as AccessSite;
  let app: FastifyInstance | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      site.fixture = await createAccessFixture();
      app = createServer({
        store: site.fixture.store,
        webRoot: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
        siteRoot: join(site.fixture.dir, 'site'),
      });
      site.url = await app.listen({ host: '127.0.0.1', port: 0 });
      browser = await launchChromium();
      site.context = browser.context;
      await mkdir(screenshots, { recursive: true });
    } catch (error) {
      setupError = error;
    }
  });
  beforeEach(async () => {
    if (setupError) throw setupError;
    await site.context.clearCookies();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    site.fixture?.close();
  });
  return site;
}
