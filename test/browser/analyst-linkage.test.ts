import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReviewQueue } from '../../src/linkage/index.ts';
import { fixturePassword, fixtureUsers } from '../support/access-test-fixture.ts';
import { screenshots, setUpAccessSite } from './access-site.ts';
import { axeViolations } from './axe-violations.ts';

// The analyst's linkage review page on the fixture's real linkage: the linkage's quality and the
// review queue with filters and paging. The fixture leaves fewer pairs than a page holds, so 30
// suspect pairs between the prosecution service and the courts are added (made-up person ids).
const site = setUpAccessSite();
const added = 30;

beforeAll(async () => {
  if (!site.fixture) return; // the site's own setup failed; every test reports why
  for (let i = 0; i < added; i++) {
    const p = 0.3 + i / 100;
    await site.fixture.store.run('INSERT INTO link_review_queue VALUES (?, ?, ?, ?, ?, ?, ?, ?::JSON)', [
      'suspect',
      'om',
      `T-OM-${i}`,
      'courts',
      `T-RB-${i}`,
      Math.log2(p / (1 - p)),
      p,
      JSON.stringify({ bsn: -2, name: 3.5 }),
    ]);
  }
});

/** Signs in as the analyst on the review page and waits for its first page of pairs; script errors must stay empty. */
async function openReview(language: 'nl' | 'en'): Promise<{ page: Page; problems: string[] }> {
  const page = await site.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${site.url}/werk${language === 'en' ? '?lang=en' : ''}`);
  await page.getByLabel(language === 'en' ? 'E-mail address' : 'E-mailadres').fill(fixtureUsers.analyst.email);
  await page.getByLabel(language === 'en' ? 'Password' : 'Wachtwoord').fill(fixturePassword);
  await page.getByRole('button', { name: language === 'en' ? 'Sign in' : 'Inloggen' }).click();
  await page.locator('table.review-queue tbody tr').first().waitFor();
  await page.locator('[data-figure="f1"]').waitFor();
  return { page, problems };
}

const count = (page: Page) => page.locator('.review-count').textContent();
const pairsShown = (page: Page) =>
  page.locator('table.review-queue tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pair')));
const storedQuality = async () => {
  const [row] = await site.fixture.store.all<{ output: string }>(
    "SELECT CAST(output AS VARCHAR) AS output FROM pipeline_output WHERE stage = 'link'",
  );
  return JSON.parse(row?.output ?? 'null') as {
    estimated: { f1: number };
    records: number;
    refusedMerges: { outweighed: number };
  };
};

describe('the linkage quality and the review queue on the analyst’s page', () => {
  it('shows the model’s own F1, pages with the keyboard and filters by role and source (English)', async () => {
    const { page, problems } = await openReview('en');
    const stored = await storedQuality();
    const total = (await loadReviewQueue(site.fixture.store, { limit: 0, offset: 0 })).total;
    expect(total).toBeGreaterThan(50);

    const quality = page.locator('section', { has: page.locator('h2', { hasText: 'Linkage quality' }) });
    await expect(quality.locator('[data-figure="f1"]').textContent()).resolves.toBe(
      new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(stored.estimated.f1),
    );
    const text = (await quality.textContent()) ?? '';
    expect(text).toContain('These are the linkage model’s own estimates, not measured against the truth');
    expect(text).toContain(`${stored.records.toLocaleString('en-GB')} person records →`);
    expect(text).toMatch(/[\d,]+ merges? refused because the two groups held different BSN tokens\./);
    expect(text).toContain(
      `${stored.refusedMerges.outweighed.toLocaleString('en-GB')} ${stored.refusedMerges.outweighed === 1 ? 'merge' : 'merges'} refused because the compared records of the two groups, taken together, pointed to different people.`,
    );
    expect(text).toContain('Method: Fellegi–Sunter with Bloom filters');

    // the first page, most uncertain first, in the order the server keeps
    await expect(count(page)).resolves.toBe(`Pairs 1–50 of ${total.toLocaleString('en-GB')}`);
    await expect(page.locator('.review-count').getAttribute('role')).resolves.toBe('status');
    const first = (await loadReviewQueue(site.fixture.store, { limit: 50, offset: 0 })).pairs;
    const key = (p: (typeof first)[number]) =>
      `${p.left.source}/${p.left.personId}~${p.right.source}/${p.right.personId}`;
    expect(await pairsShown(page)).toEqual(first.map(key));
    // no code ids in sight: sources and roles by their names
    const firstRow = page.locator('table.review-queue tbody tr').first();
    expect(await firstRow.locator('th').textContent()).not.toMatch(/\b(om|courts|csg|police|veilig_thuis)\b/);

    const evidence = (await page.locator('.review-evidence').allTextContents()).join(' ');
    expect(evidence).toMatch(/BSN [+−]/);
    expect(evidence).not.toMatch(/_|\bbsn\b|\bdob\b/);

    // next page by keyboard: the next pairs in the same order
    const number = (n: number) => n.toLocaleString('en-GB');
    const range = (from: number) =>
      `Pairs ${number(from + 1)}–${number(Math.min(from + 50, total))} of ${number(total)}`;
    const next = page.getByRole('button', { name: 'Next pairs' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page)).toBe(range(50));
    const second = (await loadReviewQueue(site.fixture.store, { limit: 50, offset: 50 })).pairs;
    expect(await pairsShown(page)).toEqual(second.map(key));
    // on to the last page; focus stays on the button, which then says it is at the end
    const last = Math.floor((total - 1) / 50) * 50;
    for (let offset = 100; offset <= last; offset += 50) {
      await page.keyboard.press('Enter');
      await expect.poll(() => count(page)).toBe(range(offset));
    }
    await expect(next.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await expect(next.getAttribute('aria-disabled')).resolves.toBe('true');
    await page.keyboard.press('Enter'); // at the end: nothing happens
    await expect(count(page)).resolves.toBe(range(last));
    await page.getByRole('button', { name: 'Previous pairs' }).click();
    await expect.poll(() => count(page)).toBe(range(last - 50));

    // filters: suspects with the courts on either side are the 30 added pairs
    await page.getByLabel('Role').selectOption({ label: 'Suspect' });
    await page.getByLabel('Source (on either side)').selectOption({ label: 'Courts' });
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect.poll(() => count(page)).toBe(`Pairs 1–${added} of ${added}`);
    const rows = page.locator('table.review-queue tbody tr');
    await expect(rows.count()).resolves.toBe(added);
    await expect(rows.locator('td:nth-child(2)').allTextContents()).resolves.toEqual(Array(added).fill('Suspect'));
    await expect(rows.first().locator('th').textContent()).resolves.toMatch(
      /^Public Prosecution Service T-OM-\d+ – Courts T-RB-\d+$/,
    );
    await expect(page.getByRole('button', { name: 'Next pairs' }).getAttribute('aria-disabled')).resolves.toBe('true');

    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}analyst-linkage-en.png`, fullPage: true });
    await page.screenshot({
      path: `${screenshots}analyst-linkage-en-top.png`,
      clip: { x: 0, y: 0, width: 1280, height: 1000 },
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('reads in Dutch, filters by band and decision, and a decision moves a pair out of the open ones', async () => {
    const { page, problems } = await openReview('nl');
    const stored = await storedQuality();
    await expect(page.locator('h2', { hasText: 'Kwaliteit van de koppeling' }).count()).resolves.toBe(1);
    await expect(page.locator('[data-figure="f1"]').textContent()).resolves.toBe(
      new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }).format(stored.estimated.f1),
    );
    await expect(page.locator('.linkage-quality').textContent()).resolves.toContain(
      'Dit zijn de eigen schattingen van het koppelmodel, niet gemeten aan de werkelijkheid',
    );

    await page.getByLabel('Kans op dezelfde persoon').selectOption({ label: 'Onzeker (25% tot 75%)' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    const uncertain = (await loadReviewQueue(site.fixture.store, { limit: 50, offset: 0, band: 'uncertain' })).total;
    await expect.poll(() => count(page)).toBe(`Paren 1–${Math.min(50, uncertain)} van ${uncertain}`);
    const shares = await page
      .locator('table.review-queue tbody tr td:nth-child(3)')
      .evaluateAll((cells) => cells.map((c) => Number((c.textContent ?? '').replace('%', '').replace(',', '.'))));
    expect(shares.every((s) => s >= 25 && s < 75)).toBe(true);

    // reject the first pair, then show the open ones only: it is gone, and the panel counts one more decided
    const openBefore = (await loadReviewQueue(site.fixture.store, { limit: 0, offset: 0, decision: 'open' })).total;
    const firstRow = page.locator('table.review-queue tbody tr').first();
    const rejected = await firstRow.getAttribute('data-pair');
    await firstRow.getByRole('button', { name: /^Verschillende personen/ }).click();
    await expect.poll(() => firstRow.locator('.review-decision').textContent()).toBe('verschillend');
    await expect.poll(() => page.locator('.linkage-facts').textContent()).toContain(`${openBefore - 1} open en `);
    await page.getByLabel('Besluit').selectOption({ label: 'Nog geen besluit' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect.poll(() => count(page)).toBe(`Paren 1–${Math.min(50, uncertain - 1)} van ${uncertain - 1}`);
    expect(await pairsShown(page)).not.toContain(rejected);

    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}analyst-linkage-nl.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
