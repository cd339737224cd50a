import { readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExplorerTable } from '../../src/publish/table-explorer/explorer-table.ts';
import { contentSecurityPolicy } from '../../src/server/content-security-policy.ts';
import type { Store } from '../../src/store/index.ts';
import { publishTestEdition, serveStaticSite } from '../support/published-test-edition.ts';
import { axeViolations } from './axe-violations.ts';
import { launchChromium } from './launch-chromium.ts';

// The table explorer in the static site, served as plain files with the server's Content-Security-Policy.
const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const csp = Object.entries(contentSecurityPolicy)
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${(v as string[]).join(' ')}`)
  .join('; ');
let dir: string;
let root: string;
let store: Store;
let server: Server;
let base: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let setupError: unknown;
/** A table with two or more dimensions and rows withheld, so a pivot has markers to keep. */
let table: ExplorerTable;

beforeAll(async () => {
  try {
    const edition = await publishTestEdition('zicht-explorer-');
    ({ dir, store, root } = edition);
    const tables = edition.files
      .filter((f) => /^data\/[^/]+\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(join(root, f), 'utf8')) as ExplorerTable);
    const withMarkers = tables.find(
      (t) => t.dimensions.length === 2 && t.rows.some((r) => r.status !== 'published') && t.measures.length >= 1,
    );
    if (!withMarkers) throw new Error('no published table has two dimensions and withheld rows');
    table = withMarkers;
    server = await serveStaticSite(root, '/publicatie/', { 'content-security-policy': csp });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/publicatie/`;
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

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + path);
  await page.locator('#explorer-grid tbody tr').first().waitFor();
  return { page, errors };
}

const bodyText = (page: Page) =>
  page
    .locator('#explorer-grid tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));

describe('the table explorer', () => {
  it('pivots a table with the withheld cells kept as ·, announces the row count and passes axe', async () => {
    const { page, errors } = await open(`tabellen.html#tabel=${table.id}`);
    expect(await page.locator('#explorer-table').inputValue()).toBe(table.id);
    expect(await axeViolations(page)).toEqual([]);
    const [down, across] = table.dimensions;
    if (!down || !across) throw new Error('two dimensions expected');
    // across: the second dimension in the columns, the first down the rows
    await page.getByLabel('Kolommen').selectOption({ label: across.label.nl });
    await page.getByLabel('Rijen').selectOption({ label: down.label.nl });
    const headers = await page.locator('#explorer-grid thead th').allTextContents();
    const columnCodes = across.values.filter((v) => table.rows.some((r) => r.codes[1] === v.code));
    expect(headers.map((h) => h.replace(/ [▲▼↕]$/, ''))).toEqual([
      down.label.nl,
      ...columnCodes.map((v) => v.label.nl),
    ]);
    const rowCodes = down.values.filter((v) => table.rows.some((r) => r.codes[0] === v.code));
    const body = await bodyText(page);
    expect(body.length).toBe(rowCodes.length);
    // every cell is the table's own row: its text, or · with the reason when withheld
    rowCodes.forEach((r, i) => {
      expect(body[i]?.[0]).toBe(r.label.nl);
      columnCodes.forEach((c, j) => {
        const row = table.rows.find((x) => x.codes[0] === r.code && x.codes[1] === c.code);
        const cell = body[i]?.[j + 1];
        if (!row) expect(cell).toBe('–');
        else if (row.status !== 'published') expect(cell).toMatch(/^·afgeschermd/);
        else expect(cell).toBe(row.cells[0]?.text.nl);
      });
    });
    const withheld = table.rows.filter((r) => r.status !== 'published').length;
    expect(await page.locator('#explorer-grid td.suppressed').count()).toBe(withheld);
    expect(await page.locator('#explorer-note').textContent()).toContain('afgeschermd');
    expect(await page.locator('#explorer-count').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#explorer-count').textContent()).toBe(
      `${rowCodes.length} ${rowCodes.length === 1 ? 'rij' : 'rijen'} getoond, ${table.rows.length} rijen in de tabel.`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'explorer-pivot-nl.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters a list and sorts it from the keyboard, with aria-sort on the sorted header', async () => {
    const { page, errors } = await open(`tabellen.html#tabel=${table.id}`);
    const first = table.dimensions[0];
    const value = first?.values[1] ?? first?.values[0];
    if (!first || !value) throw new Error('a dimension with values expected');
    await page.getByLabel(first.label.nl, { exact: true }).selectOption({ label: value.label.nl });
    const kept = table.rows.filter((r) => r.codes[0] === value.code);
    expect((await bodyText(page)).map((r) => r[0])).toEqual(kept.map(() => value.label.nl));
    expect(await page.locator('#explorer-count').textContent()).toMatch(
      new RegExp(`^${kept.length} (rij|rijen) getoond`),
    );
    await page.getByLabel(first.label.nl, { exact: true }).selectOption({ label: 'Alle' });
    expect((await bodyText(page)).length).toBe(table.rows.length);

    // sort on the first measure: focus its header button, Enter, Enter
    const measureColumn = table.dimensions.length;
    const button = page.locator(`#explorer-grid button[data-sort="${measureColumn}"]`);
    await button.focus();
    await page.keyboard.press('Enter');
    const th = page.locator('#explorer-grid thead th').nth(measureColumn);
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('#explorer-grid thead th[aria-sort]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sort'))).toBe(String(measureColumn));
    const published = table.rows.filter((r) => r.status === 'published' && typeof r.cells[0]?.value === 'number');
    const ascending = [...published].sort((a, b) => (a.cells[0]?.value as number) - (b.cells[0]?.value as number));
    const column = (await bodyText(page)).map((r) => r[measureColumn]);
    expect(column.slice(0, ascending.length)).toEqual(ascending.map((r) => r.cells[0]?.text.nl));
    expect(column.slice(ascending.length).every((c) => c?.startsWith('·') || c === '–')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    const down = (await bodyText(page)).map((r) => r[measureColumn]);
    expect(down[0]).toBe(ascending.at(-1)?.cells[0]?.text.nl);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [lang, path, separator, bom] of [
    ['nl', 'tabellen.html', ';', true],
    ['en', 'en/tables.html', ',', false],
  ] as const)
    it(`downloads the view as CSV for a spreadsheet in ${lang === 'nl' ? 'Dutch' : 'English'}`, async () => {
      const { page, errors } = await open(`${path}#${lang === 'nl' ? 'tabel' : 'table'}=${table.id}`);
      const across = table.dimensions[1];
      if (!across) throw new Error('two dimensions expected');
      await page.getByLabel(lang === 'nl' ? 'Kolommen' : 'Columns').selectOption({ label: across.label[lang] });
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#explorer-download').click()]);
      const file = await download.path();
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
      const lines = bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      const header = lines[0] ?? '';
      expect(header.split(separator).length).toBe(
        1 + across.values.filter((v) => table.rows.some((r) => r.codes[1] === v.code)).length,
      );
      expect(header.startsWith(table.dimensions[0]?.label[lang] ?? '?')).toBe(true);
      // the markers travel with the numbers, and the file says what they mean
      expect(lines.some((l) => l.split(separator).includes('·'))).toBe(true);
      expect(lines.some((l) => l.includes(lang === 'nl' ? '· = afgeschermd' : '· = withheld'))).toBe(true);
      // numbers are plain: no thousands separators, the decimal mark of the language
      const numbers = lines
        .slice(1)
        .flatMap((l) => l.split(separator).slice(1))
        .filter((f) => /\d/.test(f));
      for (const n of numbers) expect(n).toMatch(lang === 'nl' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/);
      expect(download.suggestedFilename()).toBe(`${table.id}-${lang === 'nl' ? 'weergave' : 'view'}.csv`);
      expect(await axeViolations(page)).toEqual([]);
      if (lang === 'en') await page.screenshot({ path: join(screenshots, 'explorer-pivot-en.png'), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
});
