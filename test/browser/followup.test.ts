import { describe, expect, it } from 'vitest';
import { loadFollowupData } from '../../src/followup/index.ts';
import { axeViolations } from './axe-violations.ts';
import { followupNow, officerPassword, screenshots, followupSiteForThisFile } from './followup-site.ts';

const site = followupSiteForThisFile({ name: 'Beleidsmedewerker Test', email: 'beleid@test.example' }, 'T-browser-1');

const open = (path: string, ready: string) => site().open(path, ready);

describe('follow-up pages', () => {
  it('a policy officer records a commitment, marks it met with evidence, and the public page shows it', async () => {
    // the officer's screen is behind a sign-in; the name in the history is the signed-in officer's
    const page = await open('/opvolging', 'form.login-form');
    await page.getByLabel('E-mailadres').fill('beleid@test.example');
    await page.getByLabel('Wachtwoord').fill(officerPassword);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('select[name="editionId"]').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Toezeggingen volgen');
    await page.locator('select[name="editionId"]').selectOption('2020-2024');
    await page.getByLabel('Aanbeveling (nummer').fill('4');
    await page
      .getByLabel('Wat is toegezegd')
      .fill('De Kamer jaarlijks melden hoeveel pro Justitia-rapportages in zedenzaken met kinderen zijn opgesteld');
    await page.getByLabel('Door wie').fill('Staatssecretaris van Justitie en Veiligheid');
    await page.getByLabel('Verantwoordelijk ministerie').fill('Justitie en Veiligheid');
    await page.getByLabel('Termijn').fill('voor de zomer');
    await page.getByLabel('Toegezegd op').fill('2026-03-25');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      'Vastgelegd als T-browser-1, uiterlijk 30 juni 2026 (“voor de zomer”).',
    );

    const row = page.locator('tr[data-commitment-id="T-browser-1"]');
    await row.waitFor();
    await expect(row.locator('.status-badge').textContent()).resolves.toBe('open');
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

    const publicPage = await open('/opvolging/editie/2020-2024', 'article.recommendation');
    await expect(publicPage.locator('h1').textContent()).resolves.toBe(
      'Opvolging: Monitor seksueel geweld tegen kinderen 2020–2024',
    );
    const rec4 = publicPage.locator('article', { has: publicPage.locator('h3', { hasText: 'Aanbeveling 4' }) });
    await expect(rec4.textContent()).resolves.toContain('Standpunt kabinet: wordt al aan voldaan');
    const item = rec4.locator('li[data-commitment-id="T-browser-1"]');
    await expect(item.locator('.status-badge').textContent()).resolves.toBe('nagekomen');
    await expect(item.textContent()).resolves.toContain(
      'Nagekomen met: Kamerbrief van 20 mei 2026 over pro Justitia-rapportages (demo)',
    );
    await expect(item.textContent()).resolves.toContain('“voor de zomer” — uiterlijk 30 juni 2026');
    // Every recommendation is on the page, those without a stance say so.
    await expect(publicPage.locator('article.recommendation h3').allTextContents()).resolves.toEqual(
      [1, 2, 3, 4, 5].map((n) => `Aanbeveling ${n}`),
    );
    await expect(publicPage.locator('article.recommendation').first().textContent()).resolves.toContain(
      'nog geen standpunt',
    );
    // No civil servant's data leaks onto the public page.
    const text = (await publicPage.locator('body').textContent()) ?? '';
    for (const leak of ['Fictief-de Wit', 'Voorbeeld', 'minjenv.example', '070-3701234'])
      expect(text).not.toContain(leak);
    await publicPage.screenshot({ path: `${screenshots}followup-edition-2020-2024.png`, fullPage: true });
    expect(await axeViolations(publicPage)).toEqual([]);
    await page.close();
    await publicPage.close();
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
});
