import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe-violations.ts';
import { officerPassword, screenshots, followupSiteForThisFile } from './followup-site.ts';

// The follow-up pages in English. Only GET pages: nothing here records or changes a commitment.
const site = followupSiteForThisFile({ name: 'Policy Officer Test', email: 'officer@test.example' }, 'T-browser-en');

const open = (path: string, ready: string) => site().open(path, ready);

/** The page's text outside elements marked `lang="nl"`: what an English reader gets as English. */
function englishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('[lang="nl"]')) parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
}

// Chrome of the Dutch pages that must not be left on the English page (data texts are marked lang="nl").
const dutchChrome = [
  'Opvolging',
  'Aanbeveling',
  'Standpunt',
  'toezegging',
  'uiterlijk',
  'nagekomen',
  'te laat',
  'Stand op',
  'Gericht aan',
  'Vindplaats',
  'Beleidsreactie',
  'Terugkerende',
  'Laden',
  'Naar de inhoud',
  'Signalering',
  'Vastleggen',
  'dagen',
];

const statusBadge = (page: Page, id: string) =>
  page.locator(`li[data-commitment-id="${id}"] .status-badge`).textContent();

describe('follow-up pages in English', () => {
  it('the public edition page in English (?lang=en): English chrome, English statuses, Dutch data marked Dutch, no axe violations', async () => {
    const page = await open('/opvolging/editie/2018-2022?lang=en', 'article.recommendation');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.title()).resolves.toBe('Zicht — follow-up of monitor 2018-2022');
    // The heading is English; the edition's name is a Dutch title and is marked so.
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Follow-up: Monitor seksueel geweld tegen kinderen 2018–2022',
    );
    await expect(page.locator('h1 [lang="nl"]').textContent()).resolves.toBe(
      'Monitor seksueel geweld tegen kinderen 2018–2022',
    );
    await expect(page.locator('h2').allTextContents()).resolves.toEqual([
      'Recommendations and commitments',
      'Letter to Parliament and memo',
      'Recurring recommendations',
    ]);
    // the letter as sent, in its public version
    await expect(
      page.getByRole('link', { name: 'Letter to Parliament (PDF, Dutch)' }).getAttribute('href'),
    ).resolves.toBe('/api/followup/editions/2018-2022/letter.pdf');
    const recommendations = await page.locator('article.recommendation h3').allTextContents();
    expect(recommendations.length).toBeGreaterThan(0);
    for (const h3 of recommendations) expect(h3).toMatch(/^(Recommendation \d+|Commitments in the general response)$/);

    // Status and stance labels come from the shared English labels; dates are English.
    await expect(statusBadge(page, '2018-2022-T3')).resolves.toBe('overdue');
    await expect(statusBadge(page, '2018-2022-T1')).resolves.toBe('met');
    await expect(page.locator('li[data-commitment-id="2018-2022-T3"]').textContent()).resolves.toContain(
      '“na de zomer” — due 30 September 2024 (derived)',
    );
    await expect(page.locator('p.intro').textContent()).resolves.toMatch(
      /^Policy response: .+\. As of 25 March 2026: \d+ commitments, of which \d+ met, \d+ partly met, \d+ open, \d+ overdue and \d+ withdrawn\.$/,
    );
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Cabinet’s stance:');
    expect(body).toMatch(/Cabinet’s stance: (embraced|already met|partly adopted|not adopted|no stance yet)/);
    await expect(page.locator('#recurring').count()).resolves.toBe(1);
    await expect(page.locator('#recurring ~ div th[scope="col"]').allTextContents()).resolves.toEqual([
      'Theme',
      'Monitor: recommendation (stance)',
    ]);

    // Recommendation texts stay Dutch and say so; no Dutch chrome is left outside them.
    await expect(page.locator('article.recommendation > p.response-text:not([lang="nl"])').count()).resolves.toBe(0);
    await expect(page.locator('article.recommendation > p.recommendation-text[lang="nl"]').count()).resolves.toBe(
      await page.locator('article.recommendation[aria-labelledby^="rec-"]').count(),
    );
    const english = await englishText(page);
    for (const word of dutchChrome) expect(english.toLowerCase(), word).not.toContain(word.toLowerCase());

    // The switch offers Dutch, in Dutch; the link to the monitor keeps English.
    const toDutch = page.getByRole('button', { name: 'Nederlands' });
    await expect(toDutch.getAttribute('lang')).resolves.toBe('nl');
    await expect(
      page.getByRole('navigation', { name: 'Follow-up' }).getByRole('link', { name: 'Monitor' }).getAttribute('href'),
    ).resolves.toBe('/?lang=en');

    await page.screenshot({ path: `${screenshots}followup-en.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the language switch turns the Dutch public page into English and back, keeping ?lang=en in the URL', async () => {
    // 2020-2024's response is with the minister: the page shows the recommendations and says the response is not out yet
    const page = await open('/opvolging/editie/2020-2024', 'article.recommendation');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Opvolging: Monitor seksueel geweld tegen kinderen 2020–2024',
    );
    await expect(page.locator('article.recommendation h3').first().textContent()).resolves.toBe('Aanbeveling 1');
    await expect(page.locator('.embargo-notice h2').textContent()).resolves.toBe(
      'De kabinetsreactie is nog niet verschenen',
    );

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(new URL(page.url()).search).toBe('?lang=en');
    await expect(page.title()).resolves.toBe('Zicht — follow-up of monitor 2020-2024');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Follow-up: Monitor seksueel geweld tegen kinderen 2020–2024',
    );
    await expect(page.locator('article.recommendation h3').allTextContents()).resolves.toEqual(
      [1, 2, 3, 4, 5].map((n) => `Recommendation ${n}`),
    );
    await expect(page.locator('.embargo-notice h2').textContent()).resolves.toBe(
      'The cabinet’s response has not been published yet',
    );
    const main = (await page.locator('main').textContent()) ?? '';
    for (const response of ['Cabinet’s stance', 'already met', 'NIFP', 'awaiting the minister'])
      expect(main).not.toContain(response);
    const english = await englishText(page);
    for (const word of dutchChrome) expect(english.toLowerCase(), word).not.toContain(word.toLowerCase());
    await expect(page.getByRole('link', { name: 'Skip to content' }).count()).resolves.toBe(1);
    // Focus stays usable: the switch is a button the keyboard reaches, now offering Dutch.
    await expect(page.getByRole('button', { name: 'Nederlands' }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}followup-embargo-en.png`, fullPage: true });

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Opvolging: Monitor seksueel geweld tegen kinderen 2020–2024',
    );
    await expect(page.title()).resolves.toBe('Zicht — opvolging monitor 2020-2024');
    await page.close();
  });

  // Read-only: this only reads the screen, after signing in as a policy officer.
  it('the officer screen in English: labels, table headers, statuses and the digest', async () => {
    const page = await open('/opvolging?lang=en', 'form.login-form');
    await page.getByLabel('E-mail address').fill('officer@test.example');
    await page.getByLabel('Password').fill(officerPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.digest-ministry').first().waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.title()).resolves.toBe('Zicht — tracking commitments');
    await expect(page.locator('h1').textContent()).resolves.toBe('Tracking commitments');
    await expect(page.locator('h2').allTextContents()).resolves.toEqual([
      'Editions and their cabinet response',
      'New edition',
      'Record a commitment',
      'Commitments',
      'Alerts per ministry',
      'Ministers and handovers',
      'Half-yearly report per ministry',
    ]);
    // Form fields are found by their English labels.
    await expect(page.locator('.actor-field').textContent()).resolves.toBe(
      'Your name (recorded with every change): Policy Officer Test',
    );
    const record = page.locator('section[aria-labelledby="record"]');
    for (const label of [
      'Recommendation (number',
      'What was promised',
      'By whom',
      'Responsible ministry',
      'Deadline: date or wording',
      'Promised on',
    ]) {
      await expect(record.getByLabel(label).count(), label).resolves.toBe(1);
    }
    // signed in, so the officer may record
    await expect(page.getByRole('button', { name: 'Record', exact: true }).isDisabled()).resolves.toBe(false);
    await expect(page.locator('.commitments-table th[scope="col"]').allTextContents()).resolves.toEqual([
      'No.',
      'Commitment',
      'Ministry',
      'Deadline',
      'Status',
      'Fulfilment',
    ]);
    await expect(page.locator('tr[data-commitment-id="2018-2022-T3"] .status-badge').textContent()).resolves.toBe(
      'overdue',
    );
    await expect(page.locator('tr[data-commitment-id="2018-2022-T1"] .status-badge').textContent()).resolves.toBe(
      'met',
    );
    await expect(page.getByRole('form', { name: 'Record that 2018-2022-T3 was met' }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Evidence for 2018-2022-T3').count()).resolves.toBe(1);

    const ocw = page.locator('.digest-ministry[data-ministry="Onderwijs, Cultuur en Wetenschap"]');
    await expect(ocw.locator('.digest-overdue li[data-commitment-id="2018-2022-T3"]').textContent()).resolves.toContain(
      'due 30 September 2024 (“na de zomer”): 541 days late',
    );
    await expect(ocw.locator('.digest-count').textContent()).resolves.toMatch(/^\d+ overdue, \d+ due soon$/);
    await expect(page.locator('#digest ~ p').first().textContent()).resolves.toMatch(
      /^As of 25 March 2026: commitments that are overdue, and commitments due before /,
    );
    // The editions with the state of their response (in words), and links to workspace and public page that keep English.
    await expect(page.locator('tr[data-edition-id="2020-2024"] td').first().textContent()).resolves.toBe(
      'for decision',
    );
    await expect(
      page
        .getByRole('link', { name: 'Workspace — Monitor seksueel geweld tegen kinderen 2020–2024' })
        .getAttribute('href'),
    ).resolves.toBe('/opvolging/editie/2020-2024/werk?lang=en');
    await expect(
      page
        .getByRole('link', { name: 'Public page — Monitor seksueel geweld tegen kinderen 2020–2024' })
        .getAttribute('href'),
    ).resolves.toBe('/opvolging/editie/2020-2024?lang=en');
    // the term as promised, and the derived date marked so
    await expect(page.locator('tr[data-commitment-id="2018-2022-T3"] td').nth(2).textContent()).resolves.toBe(
      '“na de zomer” (derived date: 30 September 2024)',
    );

    const english = await englishText(page);
    for (const word of dutchChrome) expect(english.toLowerCase(), word).not.toContain(word.toLowerCase());
    await page.screenshot({ path: `${screenshots}followup-officer-en.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
