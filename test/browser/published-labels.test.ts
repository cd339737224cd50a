import { rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MonitorSummary } from '../../src/contract/monitor-summary.ts';
import { parseCsv } from '../../src/csv/index.ts';
import { isRawCell, isRawHeading, isSeparatedYear, rawLabelsInText } from '../../src/publish/find-raw-labels.ts';
import { loadMonitorSummary } from '../../src/publish/index.ts';
import type { Store } from '../../src/store/index.ts';
import { publishTestEdition, serveStaticSite } from '../support/published-test-edition.ts';
import { axeViolations } from './axe-violations.ts';
import { launchChromium } from './launch-chromium.ts';
import { serveWebApp } from './serve-web-app.ts';

// Done-when of issue 14: every page of the edition and the live monitor, in Dutch and English,
// shows words where codes were and years as years, in its text, its charts and its downloads.
const screenshots = fileURLToPath(new URL('../../test-results/labels/', import.meta.url));
const prefix = '/publicatie/';
let dir: string;
let store: Store;
let server: Server;
let base: string;
let pages: string[] = [];
let summary: MonitorSummary | null = null;
let live: Awaited<ReturnType<typeof serveWebApp>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let setupError: unknown;

beforeAll(async () => {
  try {
    const edition = await publishTestEdition('zicht-labels-');
    ({ dir, store } = edition);
    pages = edition.files.filter((f) => f.endsWith('.html'));
    server = await serveStaticSite(edition.root, prefix);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
    summary = await loadMonitorSummary(store);
    live = await serveWebApp((app) => {
      app.get('/api/monitor', async () => summary);
    });
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
  await live?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What a reader sees on the page, in the parts where a raw id has shown up before. */
async function readerText(page: Page) {
  return page.evaluate(() => {
    const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    const all = (selector: string) => [...document.querySelectorAll(selector)].map(text);
    // The model's formula is technical on purpose, on the methods page only: in <code>, or the
    // description after a 'formula' term.
    const formulas = [
      ...document.querySelectorAll('code'),
      ...[...document.querySelectorAll('dt')]
        .filter((dt) => /formule|formula/i.test(dt.textContent ?? '') && /methode|methods/.test(location.pathname))
        .flatMap((dt) => (dt.nextElementSibling ? [dt.nextElementSibling] : [])),
    ];
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
    let visible = document.body.innerText;
    // biome-ignore lint/performance/useDomNodeTextContent: as above
    for (const formula of formulas) visible = visible.replace((formula as HTMLElement).innerText, '');
    return {
      visible,
      headings: [...all('thead th'), ...all('.chart-legend li'), ...all('.chart-legend-title'), ...all('dt')],
      cells: all('tbody td, tbody th'),
      rowHeaders: all('tbody th[scope="row"]'),
      svgText: all('main svg text, .plot-chart svg text'),
      downloads: [...document.querySelectorAll('a[download][href]')]
        .map((a) => (a as HTMLAnchorElement).href)
        .filter((href) => /\.(csv|xlsx)$/.test(href)),
    };
  });
}

/** Every raw id or separated year on the page, one line each; empty when the page reads well. */
function problemsOf(seen: Awaited<ReturnType<typeof readerText>>, lang: 'nl' | 'en'): string[] {
  return [
    ...rawLabelsInText(seen.visible).map((raw) => `text: ${raw}`),
    ...seen.headings.filter((h) => isRawHeading(h, lang)).map((h) => `heading: ${h}`),
    ...seen.cells.filter(isRawCell).map((c) => `cell: ${c}`),
    ...seen.rowHeaders.filter(isSeparatedYear).map((c) => `year: ${c}`),
    ...seen.svgText
      .filter((t) => isRawCell(t) || isRawHeading(t, lang) || isSeparatedYear(t))
      .map((t) => `chart: ${t}`),
  ];
}

const checkedDownloads = new Map<string, string[]>();

/** The header and cells of a CSV or XLSX download that show a raw id. */
async function downloadProblems(page: Page, href: string, lang: 'nl' | 'en'): Promise<string[]> {
  const known = checkedDownloads.get(href);
  if (known) return known;
  const response = await page.request.get(href);
  const body = await response.body();
  let rows: string[][];
  const problems: string[] = [];
  if (href.endsWith('.csv')) {
    let text = body.toString('utf8');
    if (lang === 'nl') {
      if (!text.startsWith('\uFEFF')) problems.push(`${href}: Dutch CSV without a byte order mark`);
      text = text.replace(/^\uFEFF/, '');
    }
    rows = parseCsv(text, { delimiter: lang === 'nl' ? ';' : ',' });
    if (new Set(rows.map((r) => r.length)).size > 1) problems.push(`${href}: ragged CSV`);
  } else {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    rows = [];
    sheet?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
    });
  }
  const [header = [], ...cells] = rows;
  if (header.length < 2) problems.push(`${href}: no header`);
  problems.push(...header.filter((h) => isRawHeading(h, lang)).map((h) => `${href} header: ${h}`));
  problems.push(
    ...cells
      .flat()
      .filter(isRawCell)
      .map((c) => `${href} cell: ${c}`),
  );
  checkedDownloads.set(href, problems);
  return problems;
}

describe('labels, numbers and charts for readers', () => {
  it('every page of the edition, in Dutch and English: no raw ids or separated years in text, charts or downloads; axe clean', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(16);
    const page = await browser.context.newPage();
    for (const path of pages) {
      const lang = path.startsWith('en/') ? 'en' : 'nl';
      const response = await page.goto(base + path);
      expect(response?.status(), path).toBe(200);
      const seen = await readerText(page);
      expect(problemsOf(seen, lang), path).toEqual([]);
      const downloads = [...new Set(seen.downloads)];
      if (/slachtoffers|victims/.test(path)) expect(downloads.length, path).toBeGreaterThan(4);
      for (const href of downloads) expect(await downloadProblems(page, href, lang), href).toEqual([]);
      expect(await axeViolations(page), path).toEqual([]);
      const name = path.replace(/\.html$/, '').replace('/', '-');
      await page.screenshot({
        path: join(screenshots, `edition-${name}.png`),
        fullPage: !/print|afdrukken/.test(path),
      });
    }
    await page.close();
  }, 600_000);

  it('the headline estimate: headers in words, years as years, intervals per year as a chart and a table', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}slachtoffers.html`);
    const section = page.locator('section[aria-labelledby="estimated-total-victims-heading"]');
    const headers = await section.locator('thead th').allTextContents();
    expect(headers).toEqual([
      'Vanaf jaar',
      'Tot en met jaar',
      'Geregistreerd',
      'Niet geregistreerd (geschat)',
      'Totaal (geschat)',
      'Ondergrens 95%-interval',
      'Bovengrens 95%-interval',
      'Totaal per geregistreerd kind',
    ]);
    const cells = await section.locator('tbody td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['2018', '2025']);
    for (const estimate of cells.slice(3, 7)) expect(estimate).toMatch(/^\d{1,3}(\.\d{3})*$/);
    for (const estimate of cells.slice(3, 7)) expect(estimate).toMatch(/0$/);
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('afgerond op tientallen');
    expect(text).toContain('Waarom dit geregistreerde aantal afwijkt');
    expect(text).not.toMatch(/independence|×/);
    const perYear = page.locator('section[aria-labelledby="estimated-total-victims-per-year-heading"]');
    await expect(perYear.locator('svg[role="img"][aria-label]').count()).resolves.toBe(1);
    const years = await perYear.locator('tbody th[scope="row"]').allTextContents();
    expect(years.length).toBeGreaterThan(3);
    for (const year of years) expect(year).toMatch(/^20\d\d$/);
    await page.close();
  });

  it('the live monitor, in Dutch and English: no raw ids, pipeline log lines or English numbers on the Dutch page; axe clean', async () => {
    expect(summary).not.toBeNull();
    const page = await browser.context.newPage();
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(lang === 'nl' ? live.url : `${live.url}?lang=en`);
      await page.locator('svg g.series-source').first().waitFor();
      const seen = await readerText(page);
      expect(problemsOf(seen, lang), lang).toEqual([]);
      // The pipeline's English log lines and the raw model formula stay off the page.
      // the stages' log lines (exact counts of rows and persons) are not in the public answer at all
      for (const stage of summary?.pipeline ?? []) expect(stage).not.toHaveProperty('summary');
      expect(seen.visible).not.toMatch(/independence|ground truth|×/);
      if (lang === 'nl') expect(seen.visible).not.toMatch(/\b\d{1,3},\d{3}\b/);
      expect(await axeViolations(page), lang).toEqual([]);
      await page.screenshot({ path: join(screenshots, `monitor-${lang}.png`), fullPage: true });
    }
    await page.close();
  });
});
