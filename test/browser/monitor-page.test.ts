import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MonitorSummary } from '../../src/contract/monitor-summary.ts';
import { axeViolations } from './axe-violations.ts';
import { launchChromium } from './launch-chromium.ts';
import { serveWebApp } from './serve-web-app.ts';

const fixtureUrl = new URL('./fixtures/monitor-summary.json', import.meta.url);
const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const nlCount = new Intl.NumberFormat('nl-NL');
const enCount = new Intl.NumberFormat('en-GB');

let fixture: MonitorSummary;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof serveWebApp>>;
let setupError: unknown;

beforeAll(async () => {
  try {
    fixture = JSON.parse(await readFile(fixtureUrl, 'utf8')) as MonitorSummary;
    site = await serveWebApp((app) => {
      app.get('/api/monitor', async () => fixture);
    });
    browser = await launchChromium();
    context = browser.context;
    await mkdir(screenshots, { recursive: true });
  } catch (error) {
    setupError = error;
  }
});

// A missing Chromium or an unbuilt front end fails every test with its message (a failing
// beforeAll would only mark them skipped).
beforeEach(() => {
  if (setupError) throw setupError;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openPage(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('svg g.series-source').waitFor();
  return page;
}

/** The table's body as text, cell by cell, in row order. */
async function tableBody(page: Page, index: number): Promise<string[][]> {
  return page
    .locator('table')
    .nth(index)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

function expectedVictimsRows(format: Intl.NumberFormat, withheld: string): string[][] {
  const { yearFrom, yearTo } = fixture.edition;
  const rows: string[][] = [];
  for (let year = yearFrom; year <= yearTo; year++) {
    const bySource = fixture.sources.map((source) => {
      const point = fixture.victimsPerYearBySource.find((d) => d.year === year && d.source === source.code);
      if (!point) throw new Error(`fixture lacks ${source.code} ${year}`);
      return point.victims === null ? `·${withheld}` : format.format(point.victims);
    });
    const any = fixture.victimsPerYear.find((d) => d.year === year);
    if (!any) throw new Error(`fixture lacks any-source ${year}`);
    rows.push([String(year), ...bySource, any.registered === null ? `·${withheld}` : format.format(any.registered)]);
  }
  return rows;
}

describe('monitor page', () => {
  it('shows the Dutch page: h1, one chart line per source, the table and the estimate', async () => {
    const page = await openPage(site.url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await expect(page.locator('h1').allTextContents()).resolves.toEqual([
      'Seksueel geweld tegen kinderen in Nederland',
    ]);

    // The chart: one line per source (7 in the fixture) plus one 'any source' line, a marker per point.
    expect(fixture.sources).toHaveLength(7);
    await expect(page.locator('svg g.series-source path').count()).resolves.toBe(7);
    await expect(page.locator('svg g.series-any-source path').count()).resolves.toBe(1);
    const chart = page.locator('figure svg[role="img"]').first();
    await expect(chart.getAttribute('aria-label')).resolves.toBe(
      'Geregistreerde kinderen per jaar, per bron en voor alle bronnen samen, 2018–2025',
    );
    const legend = (await page.locator('.plot-chart').first().textContent()) ?? '';
    for (const source of fixture.sources) expect(legend).toContain(source.label.nl);

    // The text summary speaks in numbers from the data.
    await expect(page.locator('.chart-summary').first().textContent()).resolves.toBe(
      'In 2025 registreerde ten minste één bron 11.452 kinderen als slachtoffer (in 2018: 8.934). De meeste kinderen werden dat jaar geregistreerd door Politie (5.518).',
    );

    // The table alternative: header per source, one row per year, every number formatted nl-NL.
    const headers = await page.locator('table').first().locator('thead th').allTextContents();
    expect(headers).toEqual(['Jaar', ...fixture.sources.map((s) => s.label.nl), 'Alle bronnen samen']);
    const rows = await tableBody(page, 0);
    expect(rows).toHaveLength(8);
    expect(rows).toEqual(expectedVictimsRows(nlCount, 'afgeschermd'));
    // A count withheld by disclosure control: · with its reason read out, a note under the table.
    expect(rows[1]?.[7]).toBe('·afgeschermd');
    await expect(page.locator('.data-table .table-note').first().textContent()).resolves.toContain(
      '· = afgeschermd: een aantal onder de 10',
    );
    expect(rows[0]?.[1]).toBe('4.210');
    await expect(page.locator('table').first().locator('tbody th[scope="row"]').count()).resolves.toBe(8);

    // The CSV link carries the same numbers, without thousands separators, as Dutch Excel splits
    // them: semicolons, after a byte order mark.
    const href = (await page.locator('a[download]').first().getAttribute('href')) ?? '';
    const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(csv.startsWith('\uFEFFJaar;')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('2018;4210;1987;1124;962;3120;2210;412;8934');
    expect(csv.split('\r\n')[2]).toMatch(/^2019;(\d+;){6};\d+$/);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(9);

    // The estimate with its interval, in words and in the figures.
    const estimate = page.locator('section', {
      has: page.locator('h2', { hasText: 'Schatting van het totale aantal' }),
    });
    const estimateText = (await estimate.textContent()) ?? '';
    expect(estimateText).toContain(
      'Naar schatting waren in 2025 34.820 kinderen slachtoffer van seksueel geweld (95%-interval: 30.210 tot 40.960).',
    );
    expect(estimateText).toContain('Van hen zijn er 10.873 geregistreerd');
    expect(estimateText).toContain('naar schatting 23.950 kinderen komen in geen van die registraties voor');
    // The model in words, rounded estimates said as such; the formula is for the methods page.
    expect(estimateText).toContain('samenhang is toegestaan tussen Politie en Openbaar Ministerie');
    expect(estimateText).toContain('afgerond op tientallen');
    expect(estimateText).not.toContain('independence');
    await expect(estimate.locator('svg[role="img"]').count()).resolves.toBe(1);
    expect(await tableBody(page, 1)).toEqual([
      ['Geregistreerd', '10.873'],
      ['Niet geregistreerd (geschat)', '23.950'],
      ['Totaal (geschat)', '34.820'],
      ['Ondergrens 95%-interval', '30.210'],
      ['Bovengrens 95%-interval', '40.960'],
    ]);

    // How the numbers were made: every pipeline stage, in order, with its duration.
    const steps = await page.locator('.pipeline-steps li').allTextContents();
    expect(steps).toHaveLength(fixture.pipeline.length);
    expect(steps[2]).toContain('Koppelen (duur 18,9 s)');
    expect(steps[4]).toContain('Afschermen (duur 85 ms)');
    expect(await page.title()).toBe('Zicht — monitor seksueel geweld tegen kinderen');

    // Headings in order: one h1, then h2s.
    const headingLevels = await page.locator('h1, h2, h3, h4').evaluateAll((hs) => hs.map((h) => h.tagName));
    expect(headingLevels).toEqual(['H1', 'H2', 'H2', 'H2']);
    await expect(page.locator('header, main, footer').count()).resolves.toBe(3);

    await page.screenshot({ path: `${screenshots}monitor-page-nl.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('switches to English: h1, <html lang>, the URL and number formatting follow', async () => {
    const page = await openPage(site.url);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Sexual violence against children in the Netherlands');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.title()).toBe('Zicht — monitor of sexual violence against children');
    expect(await tableBody(page, 0)).toEqual(expectedVictimsRows(enCount, 'withheld'));
    const estimateText = (await page.locator('.estimate-lead').textContent()) ?? '';
    expect(estimateText).toContain(
      'An estimated 34,820 children were victims of sexual violence in 2025 (95% interval: 30,210 to 40,960).',
    );
    await expect(page.getByRole('button', { name: 'Nederlands' }).count()).resolves.toBe(1);

    await page.screenshot({ path: `${screenshots}monitor-page-en.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The choice survives a reload because it is in the URL.
    await page.reload();
    await page.locator('svg g.series-source').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Sexual violence against children in the Netherlands');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  it('keyboard: the first Tab reaches the skip link, which moves focus to main', async () => {
    const page = await openPage(site.url);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused).toEqual({ text: 'Direct naar de inhoud', href: '#main' });
    await expect(page.locator('.skip-link').isVisible()).resolves.toBe(true);
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await page.close();
  });

  it('fits a 320 px wide screen without sideways scrolling of the page', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(site.url);
    await page.locator('svg g.series-source').waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      charts: [...document.querySelectorAll('.plot-chart svg[role="img"]')].map(
        (svg) => svg.getBoundingClientRect().width,
      ),
    }));
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.charts).toHaveLength(2);
    for (const width of widths.charts) expect(width).toBeLessThanOrEqual(320);
    await page.screenshot({ path: `${screenshots}monitor-page-nl-320.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('announces loading in a status region while the API is slow', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = await serveWebApp((app) => {
      app.get('/api/monitor', async () => {
        await released;
        return fixture;
      });
    });
    const page = await context.newPage();
    try {
      await page.goto(slow.url);
      const status = page.getByRole('status');
      await status.filter({ hasText: 'De cijfers worden geladen…' }).waitFor();
      release();
      await page.locator('svg g.series-source').waitFor();
      await expect(status.textContent()).resolves.toBe('De cijfers zijn geladen.');
    } finally {
      release();
      await page.close();
      await slow.close();
    }
  });

  it('shows an alert that says what to do when the API fails', async () => {
    let calls = 0;
    const failing = await serveWebApp((app) => {
      app.get('/api/monitor', async (_request, reply) => {
        calls += 1;
        return reply.code(500).send({ error: 'database unavailable' });
      });
    });
    const page = await context.newPage();
    try {
      await page.goto(failing.url);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('De cijfers konden niet worden geladen.');
      expect(text).toContain('Controleer uw internetverbinding');
      expect(text).toContain('HTTP 500');
      await expect(page.locator('svg g.series-source').count()).resolves.toBe(0);
      await page.screenshot({ path: `${screenshots}monitor-page-error.png` });
      expect(await axeViolations(page)).toEqual([]);

      // 'Try again' fetches again (and fails again here).
      const before = calls;
      await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await alert.waitFor();
      await expect.poll(() => calls).toBe(before + 1);
    } finally {
      await page.close();
      await failing.close();
    }
  });
});
