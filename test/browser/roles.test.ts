import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordColumns } from '../../src/contract/index.ts';
import { fixturePassword, fixtureUsers } from '../support/access-test-fixture.ts';
import { screenshots, setUpAccessSite } from './access-site.ts';
import { axeViolations } from './axe-violations.ts';

const site = setUpAccessSite();

/** Opens a page and records script errors and Content-Security-Policy violations, which must stay empty. */
async function open(path: string, ready: string): Promise<{ page: Page; problems: string[] }> {
  const page = await site.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${site.url}${path}`);
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
    const row = recordColumns.registration
      .map(
        (c) =>
          ({
            source: 'csg',
            registration_id: 'B1',
            registration_date: '2025-13-40',
            offence_code: 'SR246',
            setting: 'home_victim',
            online: 'false',
            region: 'PV26',
            relationship: 'other_family',
          })[c as string] ?? '',
      )
      .join(',');
    await page.getByLabel('Soort gegevens').selectOption('registration');
    await page.getByLabel('Periode').fill('2026-Q1');
    await page.getByLabel('Bestand').setInputFiles({
      name: 'csg-registraties.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\n${row}\n`),
    });
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.locator('.validation-report').waitFor();
    await expect(page.locator('.validation-report [role="status"]').textContent()).resolves.toBe(
      '1 rij gelezen, 0 opgeslagen, 1 in quarantaine',
    );
    await expect(page.locator('progress').getAttribute('value')).resolves.toBe('1');
    await page.locator('tr[data-delivery-id^="csg:registration:2026-Q1:"]').waitFor();
    const sources = await page
      .locator('tr[data-delivery-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-delivery-id')?.split(':')[0]));
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
    await expect(first.locator('.review-evidence').textContent()).resolves.toMatch(/^−?[\d.,]+: [^+−]+ [+−][\d.,]+/);
    await first.getByRole('button', { name: /^Same person/ }).click();
    await page.waitForFunction(
      () => document.querySelector('table.review-queue tbody tr .review-decision')?.textContent === 'same person',
    );
    const pair = (await first.getAttribute('data-pair')) ?? '';
    const [left] = pair.split('~');
    const stored = await site.fixture.store.all<{ decision: string; decided_by: string }>(
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

  it('an analyst reads the estimate with its chart, fixes an edition, previews its tables after disclosure control and publishes it', async () => {
    const { page, problems } = await open('/werk?lang=en', 'form.login-form');
    await page.getByLabel('E-mail address').fill(fixtureUsers.analyst.email);
    await page.getByLabel('Password').fill(fixturePassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('table.review-queue').waitFor();
    const menu = page.getByRole('navigation', { name: 'Analyst’s work' });
    await menu.getByRole('link', { name: 'Estimate' }).click();
    const chart = page.locator('figure.chart-figure svg[role="img"]');
    await chart.waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Estimate of the number of children');
    await expect(menu.locator('[aria-current="page"]').textContent()).resolves.toBe('Estimate');
    // the chart is one image named by its caption and described by a text summary; the table beside it has every number
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(
      /^Estimated number of children per year with 95% interval/,
    );
    const summaryId = (await chart.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${summaryId}"]`).textContent()).resolves.toMatch(
      /^Per year the estimate runs from [\d,]+ \(\d{4}\) to [\d,]+ \(\d{4}\)\./,
    );
    const perYear = (
      await site.fixture.store.all<{ n: number }>(
        "SELECT json_array_length(output->'$.perYear') AS n FROM pipeline_output WHERE stage = 'estimate'",
      )
    )[0]?.n;
    const perYearRows = page.locator('figure.chart-figure table tbody tr');
    await perYearRows.nth((perYear ?? 1) - 1).waitFor();
    await expect(perYearRows.count()).resolves.toBe(perYear);
    await expect(page.locator('figure.chart-figure a[download$=".csv"]').count()).resolves.toBe(1);
    // the chosen model beside its rivals by BIC
    const models = page.locator('table', {
      has: page.locator('caption', { hasText: 'Chosen model and the best alternatives by BIC' }),
    });
    await expect(models.locator('tbody tr th', { hasText: '(chosen)' }).count()).resolves.toBe(1);
    await expect(models.locator('tbody tr').count()).resolves.toBeGreaterThan(1);
    await page.screenshot({ path: `${screenshots}role-analyst-estimate.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await menu.getByRole('link', { name: 'Editions' }).click();
    await page.locator('form.edition-form').waitFor();
    await page.getByLabel('Id', { exact: true }).fill('browser-2018-2025');
    await page.getByLabel('Title').fill('Browser test 2018–2025');
    await page.getByLabel('From year').fill('2018');
    await page.getByLabel('To year (inclusive)').fill('2025');
    await page.getByRole('button', { name: 'Fix the edition' }).click();
    const row = page.locator('tr[data-edition-id="browser-2018-2025"]');
    await row.waitFor();
    await expect(page.locator('.edition-status').textContent()).resolves.toMatch(
      /^Edition browser-2018-2025 fixed with \d+ delivery versions\.$/,
    );
    await expect(row.locator('.edition-published').textContent()).resolves.toBe('no');

    // while the tables are built the work area is busy and the live region says so
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/editions/*/tables', async (route) => {
      await held;
      await route.continue();
    });
    await row.getByRole('button', { name: 'Preview the tables of edition browser-2018-2025' }).click();
    await expect(page.locator('.edition-work').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(
      page.getByRole('status').filter({ hasText: 'Building the tables of edition browser-2018-2025' }).count(),
    ).resolves.toBe(1);
    await expect(row.getByRole('button', { name: 'Publish edition browser-2018-2025' }).isDisabled()).resolves.toBe(
      true,
    );
    release();
    await page.locator('dl.disclosure-summary').waitFor({ timeout: 60_000 });
    await expect(page.locator('.edition-work').getAttribute('aria-busy')).resolves.toBe('false');
    const ready = (await page.locator('.edition-status').textContent()) ?? '';
    const suppressed = Number(ready.match(/(\d+) withheld rows/)?.[1]);
    expect(ready).toMatch(/^Tables of edition browser-2018-2025 ready: \d+ tables, \d+ withheld rows\.$/);
    const perTable = await page
      .locator('details.edition-table')
      .evaluateAll((all) => all.map((d) => Number(d.getAttribute('data-suppressed'))));
    expect(perTable.reduce((a, b) => a + b, 0)).toBe(suppressed);
    expect(suppressed).toBeGreaterThan(0);
    // a table with suppressed rows, opened: each withheld row keeps its breakdown and says why
    const table = page.locator('details.edition-table:not([data-suppressed="0"])').first();
    await table.locator('summary').click();
    const withheld = table.locator('tbody tr:not([data-status="published"])');
    // the table is drawn when it is opened
    await withheld.first().waitFor();
    await expect(withheld.count()).resolves.toBe(Number(await table.getAttribute('data-suppressed')));
    for (const reason of await withheld.locator('.suppressed-reason').allTextContents())
      expect(reason).toMatch(/^suppressed: /);
    await expect(withheld.first().locator('.suppressed-cell').first().textContent()).resolves.toBe('·withheld');
    await page.screenshot({ path: `${screenshots}role-analyst-edition-preview.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Publish edition browser-2018-2025' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Edition browser-2018-2025 is published' })
      .waitFor({ timeout: 60_000 });
    await page.waitForFunction(() =>
      document
        .querySelector('tr[data-edition-id="browser-2018-2025"] .edition-published')
        ?.textContent?.startsWith('yes, since'),
    );
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-analyst-editions.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Open the published site' }).click();
    await page.waitForURL(/\/publicatie\/en\/$/);
    // The title already says the period, so the header does not repeat it.
    await expect(page.locator('.site-name').textContent()).resolves.toBe('Zicht Edition Browser test 2018–2025');
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-analyst-published.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // the same pages in Dutch
    await page.goto(`${site.url}/werk/schatting`);
    await page.locator('figure.chart-figure svg[role="img"]').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Schatting van het aantal kinderen');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Werk van de analist' }).getByRole('link', { name: 'Edities' }).click();
    await page
      .locator('tr[data-edition-id="browser-2018-2025"] .edition-published')
      .filter({ hasText: /^ja, sinds / })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
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

  it('an administrator disables, enables and resets an account; its user must choose a new password at the next sign-in', async () => {
    const { page, problems } = await open('/werk', 'form.login-form');
    await signIn(page, fixtureUsers.administrator.email, 'table.users-table');
    const name = fixtureUsers.policeSteward.name;
    const row = page.locator(`tr[data-user-email="${fixtureUsers.policeSteward.email}"]`);
    await page.getByRole('button', { name: `Uitschakelen: ${name}` }).click();
    await page.getByRole('button', { name: `Inschakelen: ${name}` }).waitFor();
    await expect(row.locator('.user-status').textContent()).resolves.toBe('uitgeschakeld');
    await page.getByRole('button', { name: `Inschakelen: ${name}` }).click();
    await page.getByRole('button', { name: `Uitschakelen: ${name}` }).waitFor();
    await page.getByRole('button', { name: `Wachtwoord resetten: ${name}` }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Eenmalig wachtwoord' });
    await notice.waitFor();
    const oneTime = (await notice.textContent())?.match(/: (\S+) —/)?.[1] ?? '';
    expect(oneTime.length).toBeGreaterThanOrEqual(12);
    await page.waitForFunction(
      (email) =>
        document.querySelector(`tr[data-user-email="${email}"] .user-status`)?.textContent ===
        'actief, moet wachtwoord kiezen',
      fixtureUsers.policeSteward.email,
    );
    await page.locator('table.audit-table').getByText('users.password.reset').first().waitFor();
    await page.getByRole('button', { name: 'Auditlog controleren op wijzigingen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^De auditlog is ongeschonden: \d+ regels; nieuwste regel \d+, hash [0-9a-f]{64}\.$/ })
      .waitFor();
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-administrator-users.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    await site.context.clearCookies();
    const steward = await open('/werk', 'form.login-form');
    await steward.page.getByLabel('E-mailadres').fill(fixtureUsers.policeSteward.email);
    await steward.page.getByLabel('Wachtwoord').fill(oneTime);
    await steward.page.getByRole('button', { name: 'Inloggen' }).click();
    await steward.page.locator('form.account-form').waitFor();
    await expect(steward.page.locator('h1').textContent()).resolves.toBe('Mijn account');
    await expect(steward.page.locator('.account-must-change').count()).resolves.toBe(1);
    expect(await axeViolations(steward.page)).toEqual([]);
    await steward.page.getByLabel('Huidig wachtwoord').fill(oneTime);
    await steward.page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een eigen lange wachtzin');
    await steward.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een andere lange wachtzin');
    await steward.page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect(steward.page.getByRole('alert').textContent()).resolves.toBe(
      'De twee nieuwe wachtwoorden zijn niet gelijk.',
    );
    await steward.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een eigen lange wachtzin');
    await steward.page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await steward.page.getByRole('status').filter({ hasText: 'Uw wachtwoord is gewijzigd' }).waitFor();
    await steward.page.screenshot({ path: `${screenshots}role-account-password.png`, fullPage: true });
    expect(await axeViolations(steward.page)).toEqual([]);
    await steward.page.getByRole('link', { name: 'Verder naar uw werkplek' }).click();
    await steward.page.locator('form.upload-form').waitFor();
    expect(steward.problems).toEqual([]);
    await steward.page.close();
  });

  it('every signed-in user reaches their account page from the header, in English too', async () => {
    const { page, problems } = await open('/werk?lang=en', 'form.login-form');
    await page.getByLabel('E-mail address').fill(fixtureUsers.officer.email);
    await page.getByLabel('Password').fill(fixturePassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'My account' }).click();
    await page.locator('form.account-form').waitFor();
    await page.getByLabel('Current password').fill('not the right password');
    await page.getByLabel('New password', { exact: true }).fill('a fine new passphrase');
    await page.getByLabel('Repeat the new password').fill('a fine new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('The current password is not right.');
    await expect(page.locator('.account-must-change').count()).resolves.toBe(0);
    expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-account-en.png`, fullPage: true });
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
