import { describe, expect, it } from 'vitest';
import { loadFollowupData } from '../../src/followup/index.ts';
import { axeViolations } from './axe-violations.ts';
import { followupNow, officerPassword, screenshots, followupSiteForThisFile } from './followup-site.ts';

const site = followupSiteForThisFile({ name: 'Beleidsmedewerker Test', email: 'beleid@test.example' }, 'T-browser-1');

const open = (path: string, ready: string) => site().open(path, ready);

describe('follow-up pages', () => {
  it('a policy officer records a commitment and marks it met; the public page waits for the response, and shows a sent one', async () => {
    // the officer's screen is behind a sign-in; the name in the history is the signed-in officer's
    const page = await open('/opvolging', 'form.login-form');
    await page.getByLabel('E-mailadres').fill('beleid@test.example');
    await page.getByLabel('Wachtwoord').fill(officerPassword);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('select[name="editionId"]').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Toezeggingen volgen');
    const record = page.locator('section[aria-labelledby="record"]');
    await record.locator('select[name="editionId"]').selectOption('2020-2024');
    await record.getByLabel('Aanbeveling (nummer').fill('4');
    await record
      .getByLabel('Wat is toegezegd')
      .fill('De Kamer jaarlijks melden hoeveel pro Justitia-rapportages in zedenzaken met kinderen zijn opgesteld');
    await record.getByLabel('Door wie').fill('Staatssecretaris van Justitie en Veiligheid');
    await record.getByLabel('Verantwoordelijk ministerie').fill('Justitie en Veiligheid');
    await record.getByLabel('Termijn').fill('voor de zomer');
    await record.getByLabel('Toegezegd op').fill('2026-03-25');
    await record.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(record.getByRole('status').textContent()).resolves.toMatch(
      /^Vastgelegd als T-browser-1, uiterlijk \d+ \w+ 2026 \(“voor de zomer”\)\.$/,
    );

    const row = page.locator('tr[data-commitment-id="T-browser-1"]');
    await row.waitFor();
    await expect(row.locator('.status-badge').textContent()).resolves.toBe('open');
    // the term as promised, and the date Zicht read from it marked as derived
    await expect(row.locator('td').nth(2).textContent()).resolves.toMatch(
      /^“voor de zomer” \(afgeleide datum: \d+ \w+ 2026\)$/,
    );
    await page.screenshot({ path: `${screenshots}followup-officer.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await row
      .getByPlaceholder('Kamerbrief of Kamerstuk')
      .fill('Kamerbrief van 20 mei 2026 over pro Justitia-rapportages (demo)');
    await row.getByRole('button', { name: 'Markeer als nagekomen' }).click();
    await page.waitForFunction(
      () => document.querySelector('tr[data-commitment-id="T-browser-1"] .status-badge')?.textContent === 'nagekomen',
    );
    await expect(row.textContent()).resolves.toContain('Kamerbrief van 20 mei 2026');

    // Who did what, and when, is in the history.
    const history = (await loadFollowupData(site().store)).history.filter((h) => h.entityId === 'T-browser-1');
    expect(history.map((h) => [h.action, h.actor, h.at])).toEqual([
      ['recorded', 'Beleidsmedewerker Test', followupNow.toISOString()],
      ['status met', 'Beleidsmedewerker Test', followupNow.toISOString()],
    ]);

    // 2020-2024 is with the minister for decision: its public page shows the recommendations and nothing of the response.
    const publicPage = await open('/opvolging/editie/2020-2024', 'article.recommendation');
    await expect(publicPage.locator('h1').textContent()).resolves.toBe(
      'Opvolging: Monitor seksueel geweld tegen kinderen 2020–2024',
    );
    await expect(publicPage.locator('.embargo-notice h2').textContent()).resolves.toBe(
      'De kabinetsreactie is nog niet verschenen',
    );
    await expect(publicPage.locator('article.recommendation h3').allTextContents()).resolves.toEqual(
      [1, 2, 3, 4, 5].map((n) => `Aanbeveling ${n}`),
    );
    const embargoed = (await publicPage.locator('main').textContent()) ?? '';
    for (const response of [
      'Standpunt kabinet',
      'wordt al aan voldaan',
      'NIFP',
      'T-browser-1',
      'pro Justitia-rapportages in zedenzaken',
      'ter besluitvorming',
    ])
      expect(embargoed, response).not.toContain(response);
    await publicPage.screenshot({ path: `${screenshots}followup-edition-2020-2024.png`, fullPage: true });
    expect(await axeViolations(publicPage)).toEqual([]);

    // A commitment of the sent letter marked met shows so on its public page, with the evidence.
    const t5 = page.locator('tr[data-commitment-id="2018-2022-T5"]');
    await t5.getByPlaceholder('Kamerbrief of Kamerstuk').fill('Voortgangsbrief van 12 februari 2026 (demo)');
    await t5.getByRole('button', { name: 'Markeer als nagekomen' }).click();
    await page.waitForFunction(
      () => document.querySelector('tr[data-commitment-id="2018-2022-T5"] .status-badge')?.textContent === 'nagekomen',
    );
    const sentPage = await open('/opvolging/editie/2018-2022', 'article.recommendation');
    const item = sentPage.locator('li[data-commitment-id="2018-2022-T5"]');
    await expect(item.locator('.status-badge').textContent()).resolves.toBe('nagekomen');
    await expect(item.textContent()).resolves.toContain('Nagekomen met: Voortgangsbrief van 12 februari 2026 (demo)');
    await expect(item.textContent()).resolves.toContain('“eind 2024” — uiterlijk 31 december 2024 (afgeleid)');
    const rec4 = sentPage.locator('article', { has: sentPage.locator('h3', { hasText: 'Aanbeveling 4' }) });
    await expect(rec4.textContent()).resolves.toContain('Standpunt kabinet:');
    // No civil servant's data leaks onto the public pages.
    for (const p of [publicPage, sentPage]) {
      const text = (await p.locator('body').textContent()) ?? '';
      for (const leak of ['Fictief-de Wit', 'Voorbeeld', 'minjenv.example', '070-3701234'])
        expect(text).not.toContain(leak);
    }
    await page.close();
    await publicPage.close();
    await sentPage.close();
  });

  it('an overdue commitment appears in the digest of its ministry, and overdue on the public page', async () => {
    const page = await open('/opvolging', '.digest-ministry');
    const ocw = page.locator('.digest-ministry[data-ministry="Onderwijs, Cultuur en Wetenschap"]');
    const overdue = ocw.locator('.digest-overdue li[data-commitment-id="2018-2022-T3"]');
    // Promised "na de zomer" in June 2024 → 30 September 2024; on 25 March 2026 that is 541 days ago.
    await expect(overdue.textContent()).resolves.toContain(
      'uiterlijk 30 september 2024 (“na de zomer”): 541 dagen te laat',
    );
    // A met commitment is not in the digest.
    await expect(page.locator('.digest-ministry li[data-commitment-id="2018-2022-T1"]').count()).resolves.toBe(0);

    const publicPage = await open('/opvolging/editie/2018-2022', 'article.recommendation');
    await expect(publicPage.locator('li[data-commitment-id="2018-2022-T3"] .status-badge').textContent()).resolves.toBe(
      'te laat',
    );
    await expect(publicPage.locator('li[data-commitment-id="2018-2022-T1"] .status-badge').textContent()).resolves.toBe(
      'nagekomen',
    );
    await expect(publicPage.locator('#recurring').count()).resolves.toBe(1);
    await publicPage.screenshot({ path: `${screenshots}followup-edition-2018-2022.png`, fullPage: true });
    await page.close();
    await publicPage.close();
  });

  it('the workspace of a seed edition under decision: its state, the locked texts and why, the parties that signed', async () => {
    const page = await open('/opvolging', '.editions-table');
    await Promise.all([
      page.waitForURL('**/opvolging/editie/2020-2024/werk'),
      page.getByRole('link', { name: 'Werkruimte — Monitor seksueel geweld tegen kinderen 2020–2024' }).click(),
    ]);
    await page.locator('[role="tablist"]').waitFor();
    await expect(page.locator('.workflow-progress [aria-current="step"] .progress-label').textContent()).resolves.toBe(
      'ter besluitvorming',
    );
    await expect(page.locator('h1 .concept-badge').textContent()).resolves.toBe('CONCEPT');
    const letter = page.locator('#panel-brief');
    await expect(letter.locator('.edit-lock').textContent()).resolves.toBe(
      'De teksten kunnen nu niet worden gewijzigd: de reactie is ter besluitvorming. Wijs haar eerst af of zet haar terug naar concept (tab Afstemming).',
    );
    await expect(letter.getByRole('button', { name: 'Brief opslaan' }).isDisabled()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Afstemming' }).click();
    await expect(page.locator('.parties-table tbody tr').count()).resolves.toBe(5);
    await expect(page.locator('tr[data-party="JenV/DGRR"] th').textContent()).resolves.toBe(
      'Justitie en Veiligheid (DGRR)',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}followup/nl-seed-edition-workspace.png`, fullPage: true });
    await page.close();
  });
});
