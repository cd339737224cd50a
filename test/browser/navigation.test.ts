import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoData, replaceFollowupData } from '../../src/followup/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { createEdition, publishToSite } from '../../src/publish/index.ts';
import { sitePages } from '../../src/publish/site-pages.ts';
import { createServer } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { axeViolations } from './axe-violations.ts';
import { launchChromium } from './launch-chromium.ts';
import { webDist } from './serve-web-app.ts';

// What `npm start` serves, on a small chain: the app at /, the published edition at /publicatie/, the follow-up.
const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));
let dir: string;
let store: Store;
let app: FastifyInstance;
let base: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let setupError: unknown;
const now = () => new Date(Date.UTC(2026, 6, 1));

beforeAll(async () => {
  try {
    dir = mkdtempSync(join(tmpdir(), 'zicht-nav-'));
    store = await openStore(join(dir, 'zicht.duckdb'));
    await runPipeline(
      store,
      {
        seed: 5,
        yearFrom: 2018,
        yearTo: 2025,
        scale: 0.03,
        workDir: join(dir, 'work'),
        secret: 'browser-test-secret-long',
        today: '2026-06-30',
      },
      { now, log: () => {} },
    );
    await createEdition(store, { id: '2018-2025', period: { from: 2018, to: 2025 }, title: '2018–2025' }, now);
    await publishToSite(store, '2018-2025', join(dir, 'site'), now);
    await replaceFollowupData(store, buildDemoData());
    app = createServer({ store, webRoot: webDist, siteRoot: join(dir, 'site'), now });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
    await mkdir(screenshots, { recursive: true });
  } catch (error) {
    setupError = error;
  }
}, 180_000);
beforeEach(() => {
  if (setupError) throw setupError;
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Follows the link named `name` in the header and waits for the page it opens. */
async function follow(page: Page, name: string | RegExp, where = 'header') {
  await Promise.all([
    page.waitForLoadState('load'),
    page.locator(where).getByRole('link', { name, exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
}

describe('the way around Zicht, as `npm start` serves it', () => {
  for (const [lang, start, published] of [
    ['nl', '/', 'Gepubliceerde editie'],
    ['en', '/?lang=en', 'Published edition'],
  ] as const)
    it(`reaches every main page of the edition from the monitor in two clicks (${lang})`, async () => {
      const page = await browser.context.newPage();
      for (const target of sitePages) {
        await page.goto(base + start);
        await page.locator('main h1').waitFor();
        await follow(page, published); // click 1: the header of the live monitor
        expect(new URL(page.url()).pathname).toMatch(/^\/publicatie\//);
        await follow(page, target.title[lang], 'nav.edition-nav'); // click 2: the edition's menu
        expect(new URL(page.url()).pathname, target.key).toBe(`/publicatie/${target.file[lang]}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.locator('h1').count(), target.key).toBe(1);
      }
      await page.close();
    }, 120_000);

  it('links the edition back to the monitor, and the monitor to the follow-up and sign-in', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/publicatie/en/methods.html`);
    await follow(page, 'Monitor (live)');
    expect(page.url()).toBe(`${base}/?lang=en`);
    await page.locator('main h1').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await follow(page, 'Follow-up');
    expect(new URL(page.url()).pathname).toBe('/opvolging/edities');
    await page.getByRole('heading', { name: 'Follow-up of the commitments' }).waitFor();
    const editions = buildDemoData().editions;
    expect(editions.length).toBeGreaterThan(0);
    for (const e of editions)
      expect(await page.locator(`main a[href="/opvolging/editie/${e.id}?lang=en"]`).count(), e.id).toBe(1);
    expect(await page.locator('main a[href="/publicatie/en/index.html"]').textContent()).toContain('2018–2025');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'nav-editions-en.png'), fullPage: true });
    await follow(page, 'Sign in');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await page.close();
  });

  it('puts the header on the live monitor, passes axe there', async () => {
    const page = await browser.context.newPage();
    await page.goto(base);
    await page.locator('main h1').waitFor();
    const hrefs = await page.locator('header nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/', '/publicatie/', '/opvolging/edities', '/inloggen']);
    expect(await page.locator('header nav a[aria-current="page"]').textContent()).toBe('Monitor');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'nav-monitor-nl.png') });
    await page.close();
  });

  it('answers an unknown page with a 404 page in the page’s language, and has a favicon', async () => {
    const page = await browser.context.newPage();
    for (const [url, lang, h1] of [
      ['/publicatie/en/no-such-page.html', 'en', 'Page not found'],
      ['/publicatie/geen-pagina.html', 'nl', 'Pagina niet gevonden'],
      ['/bestaat/niet', 'nl', 'Pagina niet gevonden'],
    ] as const) {
      const response = await page.goto(base + url);
      expect(response?.status(), url).toBe(404);
      expect(await page.getAttribute('html', 'lang'), url).toBe(lang);
      expect(await page.locator('h1').textContent(), url).toBe(h1);
      expect(await axeViolations(page), url).toEqual([]);
    }
    await page.screenshot({ path: join(screenshots, 'nav-404-nl.png') });
    const api = await page.request.get(`${base}/api/no-such-route`);
    expect(api.status()).toBe(404);
    expect(api.headers()['content-type']).toMatch(/^application\/json/);
    const icon = await page.request.get(`${base}/favicon.ico`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    const siteIcon = await page.request.get(`${base}/publicatie/favicon.svg`);
    expect(siteIcon.status()).toBe(200);
    await page.close();
  });
});
