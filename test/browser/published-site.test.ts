import { rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sitePages } from '../../src/publish/site-pages.ts';
import type { Store } from '../../src/store/index.ts';
import { publishTestEdition, serveStaticSite } from '../support/published-test-edition.ts';
import { axeViolations } from './axe-violations.ts';
import { launchChromium } from './launch-chromium.ts';

// The published site as a reader gets it: a real pipeline run, an edition, the static files served under /publicatie/.
const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const prefix = '/publicatie/';
let dir: string;
let store: Store;
let server: Server;
let base: string;
let pages: string[] = [];
let browser: Awaited<ReturnType<typeof launchChromium>>;
let setupError: unknown;

/** RFC 4180 fields of a CSV text (comma or semicolon); throws on an unterminated quote. */
function parseCsv(text: string, delimiter: ',' | ';' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      rows.push([...row, field.replace(/\r$/, '')]);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

beforeAll(async () => {
  try {
    const edition = await publishTestEdition('zicht-site-');
    ({ dir, store } = edition);
    pages = edition.files.filter((f) => f.endsWith('.html'));
    server = await serveStaticSite(edition.root, prefix);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
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
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const checked = new Map<string, string | null>();
const appRoutes = ['/', '/opvolging/edities', '/inloggen'];

/** Every link on the page: in-page anchors must hit an element; others must answer 200, downloads with a valid file. */
async function brokenLinks(page: Page): Promise<string[]> {
  const links = await page.locator('a[href]').evaluateAll((as) =>
    as.map((a) => ({
      href: (a as HTMLAnchorElement).href,
      raw: a.getAttribute('href') ?? '',
      download: a.hasAttribute('download'),
    })),
  );
  const problems: string[] = [];
  for (const link of links) {
    if (link.raw.startsWith('#')) {
      if ((await page.locator(`[id="${link.raw.slice(1)}"]`).count()) !== 1)
        problems.push(`${link.raw}: no such element`);
      continue;
    }
    // The header's links to the app (monitor, follow-up, sign-in) are served by the app, not this static
    // site: test/browser/navigation.test.ts follows them on the real server.
    const path = new URL(link.href).pathname;
    if (!path.startsWith(prefix)) {
      if (!appRoutes.includes(path)) problems.push(`${link.raw}: outside the site and not a page of the app`);
      continue;
    }
    if (!checked.has(link.href)) {
      const response = await page.request.get(link.href);
      let problem: string | null = response.status() === 200 ? null : `${link.raw}: HTTP ${response.status()}`;
      const body = await response.body();
      if (!problem && link.href.endsWith('.csv')) {
        // Dutch downloads are for Dutch Excel: a byte order mark and semicolons; English ones use commas.
        const text = body.toString('utf8');
        const rows = parseCsv(text.replace(/^\uFEFF/, ''), text.startsWith('\uFEFF') ? ';' : ',');
        const header = rows[0] ?? [];
        if (header.at(-1) !== 'Status' || rows.length < 2) problem = `${link.raw}: CSV without status column or rows`;
        else if (rows.some((r) => r.length !== header.length)) problem = `${link.raw}: ragged CSV`;
      }
      if (!problem && link.href.endsWith('.xlsx') && body.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004')
        problem = `${link.raw}: not a zip`;
      if (!problem && link.download && !/\.(csv|xlsx)$/.test(link.href))
        problem = `${link.raw}: download of an unexpected file`;
      checked.set(link.href, problem);
    }
    const problem = checked.get(link.href);
    if (problem) problems.push(problem);
  }
  return problems;
}

describe('the published site of an edition', () => {
  it('has every page in Dutch and English', () => {
    expect(pages.filter((p) => p.startsWith('en/')).length).toBe(sitePages.length);
    expect(pages.filter((p) => !p.startsWith('en/')).length).toBe(sitePages.length);
  });

  it('passes axe, resolves every link and download, and switches language to the same page', async () => {
    const page = await browser.context.newPage();
    for (const path of pages) {
      const response = await page.goto(base + path);
      expect(response?.status(), path).toBe(200);
      const lang = path.startsWith('en/') ? 'en' : 'nl';
      expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.locator('main#inhoud').count(), path).toBe(1);
      expect(await axeViolations(page), path).toEqual([]);
      expect(await brokenLinks(page), path).toEqual([]);
      const switched = await page.locator('.language-switch a').getAttribute('href');
      const counterpart = new URL(switched ?? '', base + path).href;
      expect(
        pages.map((p) => base + p),
        `${path} → ${counterpart}`,
      ).toContain(counterpart);
      expect(counterpart.includes('/en/'), path).toBe(lang === 'nl');
      const name = path.replace(/\.html$/, '').replace('/', '-');
      await page.screenshot({ path: join(screenshots, `site-${name}.png`), fullPage: !/print|afdrukken/.test(path) });
    }
    await page.close();
  }, 400_000);

  it('draws each chart as an SVG with a caption and a text summary, and shows withheld cells as ·', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}slachtoffers.html`);
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBeGreaterThan(3);
    for (const figure of await figures.all()) {
      expect(await figure.locator('figcaption').textContent()).not.toBe('');
      expect(await figure.locator('svg[role="img"][aria-label]').count()).toBeGreaterThan(0);
      expect(await figure.locator('p.chart-summary').textContent()).toMatch(/grafiek|diagram/i);
    }
    expect(await page.locator('td.suppressed').count()).toBeGreaterThan(0);
    expect(await page.locator('p.note').first().textContent()).toContain('afgeschermd');
    await page.goto(`${base}en/methods.html`);
    expect(await page.locator('main').textContent()).toMatch(
      /Linkage quality[\s\S]*Estimated precision[\s\S]*Disclosure control[\s\S]*Mean change[\s\S]*Counts attacked: safe/,
    );
    await page.close();
  });

  it('links each table on a theme page to the explorer with that table chosen, and names the edition once', async () => {
    const page = await browser.context.newPage();
    for (const [path, explore, hash] of [
      ['incidenten.html', 'Verken deze tabel', 'tabel'],
      ['en/incidents.html', 'Explore this table', 'table'],
    ] as const) {
      await page.goto(base + path);
      // The edition's title is its period here: the header says it once ("Editie 2018–2025").
      const name = (await page.locator('.site-name span').textContent()) ?? '';
      expect(name, path).toMatch(/^(Editie|Edition) 2018–2025$/);
      const sections = page.locator('main section.indicator');
      const count = await sections.count();
      expect(count, path).toBeGreaterThan(3);
      for (const section of await sections.all()) {
        const id = ((await section.getAttribute('aria-labelledby')) ?? '').replace(/-heading$/, '');
        const href = await section.getByRole('link', { name: new RegExp(`^${explore}`) }).getAttribute('href');
        expect(href, `${path} ${id}`).toMatch(new RegExp(`(tabellen|tables)\\.html#${hash}=${id}$`));
      }
      const last = sections.last();
      const id = ((await last.getAttribute('aria-labelledby')) ?? '').replace(/-heading$/, '');
      await Promise.all([
        page.waitForURL(`**#${hash}=${id}`),
        last.getByRole('link', { name: new RegExp(`^${explore}`) }).click(),
      ]);
      await page.locator('#explorer-grid tbody tr').first().waitFor();
      await expect(page.locator('#explorer-table').inputValue(), path).resolves.toBe(id);
    }
    await page.close();
  });

  it('lets the browser download a table', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}en/victims.html`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[download][href$=".csv"]').first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await page.close();
  });
});
