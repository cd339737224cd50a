import { rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.ts';
import { publishTestEdition } from '../support/published-test-edition.ts';
import { launchChromium } from './launch-chromium.ts';

// The print version as a reader saves it: Chromium's own PDF of afdrukken.html on A4.
const results = fileURLToPath(new URL('../../test-results/', import.meta.url));
/**
 * At most this many A4 pages. The report is a title page with contents and the explanation of
 * symbols, then five theme chapters, each from a new page, with 30 tables and 25 charts: 30 pages
 * in both languages on this chain. When the long tables printed as lists it ran to 69 (settings
 * 448 rows, relationship 384, offences 295: some eight, seven and five pages each), so 32 leaves
 * room for a paragraph or a small table but fails as soon as one of them is a list again.
 */
const maxPages = 32;
/** The most lines a printed table may have: the longest pivot is about 90; the shortest of those lists, 295. */
const maxLines = 120;
/** The printable width of A4 portrait at the print stylesheet's margins (210 mm − 2 × 14 mm) in CSS pixels. */
const printableWidth = Math.floor(((210 - 28) / 25.4) * 96);
let dir: string;
let store: Store;
let root: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let setupError: unknown;

/** Pages in a PDF as Chromium writes it: one `/Type /Page` object per page. */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

beforeAll(async () => {
  try {
    ({ dir, store, root } = await publishTestEdition('zicht-print-'));
    browser = await launchChromium();
    await mkdir(results, { recursive: true });
  } catch (error) {
    setupError = error;
  }
}, 180_000);
beforeEach(() => {
  if (setupError) throw setupError;
});
afterAll(async () => {
  await browser?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the print version of the edition', () => {
  for (const [lang, file] of [
    ['nl', 'afdrukken.html'],
    ['en', 'en/print.html'],
  ] as const) {
    it(`prints in ${lang} to at most ${maxPages} A4 pages, every table within the page`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.goto(pathToFileURL(join(root, file)).href);
        const pdf = await page.pdf({ format: 'A4' });
        writeFileSync(join(results, `print-${lang}.pdf`), pdf);
        const pages = pdfPages(pdf);
        console.log(`print ${lang}: ${pages} A4 pages`);
        expect(pages).toBeGreaterThan(5);
        expect(pages).toBeLessThanOrEqual(maxPages);

        // Laid out at the printable width, with the print stylesheet: no table sticks out.
        await page.setViewportSize({ width: printableWidth, height: 1100 });
        await page.emulateMedia({ media: 'print' });
        const tables = await page.$$eval('main table', (all) =>
          all.map((t) => ({
            caption: t.querySelector('caption')?.textContent ?? '',
            width: t.getBoundingClientRect().width,
            rows: t.querySelectorAll('tbody tr').length,
          })),
        );
        expect(tables.length).toBeGreaterThan(20);
        const wide = tables.filter((t) => t.width > printableWidth + 1);
        expect(wide, `tables wider than ${printableWidth}px`).toEqual([]);
        const long = tables.filter((t) => t.rows > maxLines);
        expect(long, 'tables printed as long lists').toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('prints the long tables with the years across, keeping the withheld markers and the note on them', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(pathToFileURL(join(root, 'afdrukken.html')).href);
      const years = ['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];
      for (const id of ['settings-distribution', 'relationship-to-suspect', 'offence-categories']) {
        const section = page.locator(`section[aria-labelledby="incidents-${id}-heading"]`);
        expect(await section.locator('thead th.num').allTextContents(), id).toEqual(years);
        // Every withheld cell of the list is there as ·, with its reason for a screen reader.
        const withheld = section.locator('td.suppressed');
        expect(await withheld.count(), id).toBeGreaterThan(0);
        expect(await withheld.first().textContent()).toMatch(/^·afgeschermd/);
        expect(await section.locator('p.note').textContent()).toContain('· = afgeschermd');
        await expect(section.locator('p.note a').getAttribute('href')).resolves.toBe('#print-signs');
      }
      // The note links to the full explanation at the front.
      const signs = await page.locator('#print-signs').locator('..').textContent();
      expect(signs).toContain('Verklaring van tekens');
      expect(signs).toMatch(/onder de \d+ worden niet gepubliceerd/);
    } finally {
      await page.close();
    }
  });
});
