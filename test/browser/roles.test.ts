import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordColumns } from '../../src/contract/index.ts';
import { type AccessFixture, createAccessFixture, fixturePassword, fixtureUsers } from '../../src/server/access-test-fixture.ts';
import { createServer } from '../../src/server/index.ts';
import { axeViolations } from './axe-violations.ts';
import { launchChromium } from './launch-chromium.ts';

const dist = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));

let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let fixture: AccessFixture;
let app: FastifyInstance;
let url: string;
let setupError: unknown;

beforeAll(async () => {
  try {
    fixture = await createAccessFixture();
    app = createServer({ store: fixture.store, webRoot: dist });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
    context = browser.context;
    await mkdir(screenshots, { recursive: true });
  } catch (error) {
    setupError = error;
  }
});

// A missing Chromium, an unbuilt front end or a failed pipeline fails every test instead of skipping it.
beforeEach(async () => {
  if (setupError) throw setupError;
  await context.clearCookies();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  fixture?.close();
});

/** Opens a page and records script errors and Content-Security-Policy violations, which must stay empty. */
async function open(path: string, ready: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${url}${path}`);
  await page.locator(ready).first().waitFor();
  return { page, problems };
}

async function signIn(page: Page, email: string, ready: string): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(fixturePassword);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.locator(ready).first().waitFor();
}

describe('each role’s way in', () => {
  it('the public reads the monitor without signing in, under the strict CSP', async () => {
    const { page, problems } = await open('/', 'svg g.series-source');
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-public-monitor.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a data steward uploads a file, watches the progress, and reads the validation report of their own deliveries only', async () => {
    const { page, problems } = await open('/werk', 'form.login-form');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-login.png`, fullPage: true });
    await signIn(page, fixtureUsers.steward.email, 'form.upload-form');
    await expect(page.locator('h1').textContent()).resolves.toBe('Leveringen');
    const header = recordColumns.registration.join(',');
    const row = recordColumns.registration.map((c) => ({ source: 'csg', registration_id: 'B1', registration_date: '2025-13-40', offence_code: 'SR246', setting: 'home_victim', online: 'false', region: 'PV26', relationship: 'other_family' })[c as string] ?? '').join(',');
    await page.getByLabel('Soort gegevens').selectOption('registration');
    await page.getByLabel('Periode').fill('2026-Q1');
    await page.getByLabel('Bestand').setInputFiles({ name: 'csg-registraties.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${row}\n`) });
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.locator('.validation-report').waitFor();
    await expect(page.locator('.validation-report [role="status"]').textContent()).resolves.toBe('1 rijen gelezen, 0 opgeslagen, 1 in quarantaine');
    await expect(page.locator('progress').getAttribute('value')).resolves.toBe('1');
    await page.locator('tr[data-delivery-id^="csg:registration:2026-Q1:"]').waitFor();
    const sources = await page.locator('tr[data-delivery-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-delivery-id')?.split(':')[0]));
    expect(new Set(sources)).toEqual(new Set(['csg']));
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-steward.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('an analyst accepts a pair in the linkage review and sees the estimate', async () => {
    const { page, problems } = await open('/werk?lang=en', 'form.login-form');
    await page.getByLabel('E-mail address').fill(fixtureUsers.analyst.email);
    await page.getByLabel('Password').fill(fixturePassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const first = page.locator('table.review-queue tbody tr').first();
    await first.waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Linkage review');
    // each pair shows its match weight and the fields that made it, as bits for or against
    await expect(first.locator('.review-evidence').textContent()).resolves.toMatch(/^−?[\d.,]+: [a-z_]+ [+−][\d.,]+/);
    await first.getByRole('button', { name: /^Same person/ }).click();
    await page.waitForFunction(() => document.querySelector('table.review-queue tbody tr .review-decision')?.textContent === 'same person');
    const pair = (await first.getAttribute('data-pair')) ?? '';
    const [left] = pair.split('~');
    const stored = await fixture.store.all<{ decision: string; decided_by: string }>(
      "SELECT decision, decided_by FROM link_review_decision WHERE left_source || '/' || left_person_id = ? OR right_source || '/' || right_person_id = ?",
      [left ?? '', left ?? ''],
    );
    expect(stored).toEqual([{ decision: 'accept', decided_by: fixtureUsers.analyst.email }]);
    await page.locator('.estimate-figure').waitFor();
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-analyst.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('an administrator sees the users and the audit log, which names the analyst’s decision', async () => {
    const { page, problems } = await open('/werk', 'form.login-form');
    await signIn(page, fixtureUsers.administrator.email, 'table.audit-table tbody tr');
    await expect(page.locator('table.users-table').textContent()).resolves.toContain('Test Steward CSG');
    await expect(page.locator('table.audit-table').textContent()).resolves.toContain('linkage.review.decide');
    await expect(page.locator('a[href="/api/admin/audit.csv"]').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-administrator.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a policy officer must sign in for the follow-up screen', async () => {
    const { page, problems } = await open('/opvolging', 'form.login-form');
    await signIn(page, fixtureUsers.officer.email, 'select[name="editionId"]');
    await expect(page.locator('.actor-field').textContent()).resolves.toContain('Beleidsmedewerker Test');
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-officer.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
