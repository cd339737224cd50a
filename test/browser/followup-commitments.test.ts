import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadFollowupData } from '../../src/followup/index.ts';
import { axeViolations } from './axe-violations.ts';
import { followupSiteForThisFile, officerPassword, screenshots } from './followup-site.ts';

// Commitments as they live, on the officer's screen: correct, postpone, every status, posts and the report.
const site = followupSiteForThisFile(
  { name: 'Beleidsmedewerker Toezeggingen', email: 'toezeggingen@test.example', organisation: 'JenV' },
  'T-commitments-1',
);

async function officerScreen(query = ''): Promise<Page> {
  await site().signOut();
  const page = await site().open(`/opvolging${query}`, 'form.login-form');
  await page.getByLabel(query ? 'E-mail address' : 'E-mailadres').fill('toezeggingen@test.example');
  await page.getByLabel(query ? 'Password' : 'Wachtwoord').fill(officerPassword);
  await page.getByRole('button', { name: query ? 'Sign in' : 'Inloggen' }).click();
  await page.locator('.commitments-table').waitFor();
  return page;
}

/** Opens a commitment's change forms ("Wijzigen", a row below it) and answers that row. */
async function actionsOf(page: Page, id: string): Promise<Locator> {
  const toggle = page.locator(`tr[data-commitment-id="${id}"] button.disclosure`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
  const row = page.locator(`tr[data-actions-for="${id}"]`);
  await row.locator('.commitment-action-forms').waitFor();
  return row;
}
const said = (row: Locator, text: string | RegExp) =>
  row.locator('[role="status"] .form-ok', { hasText: text }).waitFor();
const badge = (page: Page, id: string) => page.locator(`tr[data-commitment-id="${id}"] .status-badge`).textContent();

describe('commitments on the officer screen', () => {
  it('an officer corrects, postpones and sets every status, each with the words the register needs', async () => {
    const page = await officerScreen();

    // postpone: new words, read from today, the reason and the letter that announced it
    const t4 = await actionsOf(page, '2018-2022-T4');
    expect(await axeViolations(page)).toEqual([]);
    const postpone = t4.getByRole('form', { name: 'Uitstellen — 2018-2022-T4' });
    await postpone.getByRole('button', { name: 'Uitstel vastleggen' }).click();
    // nothing sent without the new term and the reason: the form says what to fill in
    await expect(t4.locator('[role="alert"] li').allTextContents()).resolves.toEqual([
      'Vul „Nieuwe termijn: datum of formulering” in.',
      'Vul „Reden van uitstel” in.',
    ]);
    await postpone.getByLabel('Nieuwe termijn').fill('voor het zomerreces');
    await postpone.getByLabel('Reden van uitstel').fill('De kerndoelen vragen meer overleg met het onderwijsveld.');
    await postpone.getByLabel('Aangekondigd in').fill('Kamerbrief van 20 maart 2026 over de kerndoelen (demo)');
    await postpone.getByRole('button', { name: 'Uitstel vastleggen' }).click();
    await said(t4, 'Het uitstel van 2018-2022-T4 is vastgelegd.');
    await page
      .locator('section[aria-labelledby="commitments"] tbody')
      .screenshot({ path: `${screenshots}followup/nl-commitment-actions.png` });
    await page.waitForFunction(
      () =>
        document.querySelector('tr[data-commitment-id="2018-2022-T4"] .promised-phrase')?.textContent ===
        '“voor het zomerreces”',
    );
    await expect(page.locator('tr[data-commitment-id="2018-2022-T4"] td').nth(2).textContent()).resolves.toMatch(
      /^“voor het zomerreces” \(afgeleide datum: \d+ juli 2026\)$/,
    );
    await expect(badge(page, '2018-2022-T4')).resolves.toBe('open');

    // correct what was promised
    const t5 = await actionsOf(page, '2018-2022-T5');
    const edit = t5.getByRole('form', { name: 'Toezegging wijzigen — 2018-2022-T5' });
    await edit.getByLabel('Wat is toegezegd').fill('Actielijn betekenisvolle interventies afronden (gecorrigeerd)');
    await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await said(t5, '2018-2022-T5 is gewijzigd.');
    await page.waitForFunction(() =>
      document.querySelector('tr[data-commitment-id="2018-2022-T5"] td')?.textContent?.includes('(gecorrigeerd)'),
    );

    // every status, each with its words: partly met (evidence), withdrawn and not met (a reason), reopened (a reason)
    const status = async (id: string, choice: string, label: string, words: string, badgeText: string) => {
      const row = await actionsOf(page, id);
      const form = row.getByRole('form', { name: `Status wijzigen — ${id}` });
      await form.getByLabel('Nieuwe status').selectOption({ label: choice });
      await form.getByLabel(label).fill(words);
      await form.getByRole('button', { name: 'Status wijzigen' }).click();
      await said(row, `${id} is nu:`);
      await page.waitForFunction(
        ([i, b]) => document.querySelector(`tr[data-commitment-id="${i}"] .status-badge`)?.textContent === b,
        [id, badgeText],
      );
    };
    await status(
      '2018-2022-T8',
      'deels nagekomen',
      'Bewijs en wat nog ontbreekt',
      'Voortgangsbrief reclassering (demo); de controle loopt nog niet overal',
      'deels nagekomen',
    );
    await status(
      '2018-2022-T6',
      'ingetrokken',
      'Reden van intrekking',
      'Opgegaan in het nieuwe beleidskader, Kamerbrief van 1 maart 2026 (demo)',
      'ingetrokken',
    );
    await status(
      '2018-2022-T7',
      'niet nagekomen',
      'Reden dat het niet is nagekomen',
      'Het traject is gestopt (demo)',
      'niet nagekomen',
    );
    await expect(page.locator('tr[data-commitment-id="2018-2022-T7"]').textContent()).resolves.toContain(
      'Het traject is gestopt (demo)',
    );
    await status(
      '2018-2022-T7',
      'heropenen (weer open)',
      'Reden om te heropenen',
      'De Kamer vroeg om een nieuw traject (demo)',
      'te laat',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}followup/nl-commitments.png`, fullPage: true });

    // every change is in the history, by the signed-in officer
    const actions = (await loadFollowupData(site().store)).history
      .filter((h) => h.entity === 'commitment' && h.actor.startsWith('Beleidsmedewerker Toezeggingen'))
      .map((h) => `${h.entityId} ${h.action}`);
    expect(actions).toEqual([
      '2018-2022-T4 postponed',
      '2018-2022-T5 edited',
      '2018-2022-T8 status partly-met',
      '2018-2022-T6 status withdrawn',
      '2018-2022-T7 status not-met',
      '2018-2022-T7 reopened',
    ]);
    await page.close();
  });

  it('posts with their holders, a handover, and the half-yearly report per ministry as a download', async () => {
    const page = await officerScreen();
    const post = page.locator('tr[data-post-id="jenv-minister"]');
    await expect(post.locator('td').first().textContent()).resolves.toBe('Ingrid van Denkbeeldig');
    await post.getByRole('button', { name: 'Overdracht vastleggen — Minister van Justitie en Veiligheid' }).click();
    const handover = page.getByRole('form', { name: 'Overdracht van Minister van Justitie en Veiligheid' });
    await handover.getByLabel('Naam van de nieuwe bewindspersoon').fill('Tamara Verzinsel');
    await handover.getByLabel('Initialen').fill('T.');
    await handover.getByLabel('Met ingang van').fill('2026-03-23');
    expect(await axeViolations(page)).toEqual([]);
    await handover.getByRole('button', { name: 'Overdracht vastleggen' }).click();
    await page
      .locator('tr[data-handover-for="jenv-minister"] [role="status"] .form-ok', {
        hasText: 'Tamara Verzinsel is vastgelegd als Minister van Justitie en Veiligheid.',
      })
      .waitFor();
    await page.waitForFunction(
      () => document.querySelector('tr[data-post-id="jenv-minister"] td')?.textContent === 'Tamara Verzinsel',
    );
    await expect(post.locator('td').nth(2).textContent()).resolves.toContain('Ingrid van Denkbeeldig');

    const report = page.locator('section[aria-labelledby="report"]');
    await report.getByLabel('Ministerie', { exact: true }).selectOption({ label: 'Justitie en Veiligheid' });
    await report.getByLabel('Van', { exact: true }).fill('2025-07-01');
    await report.getByLabel('Tot en met').fill('2025-12-31');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: 'Rapportage downloaden (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('toezeggingen-JenV-2025-07-01-2025-12-31.docx');
    await page.screenshot({ path: `${screenshots}followup/nl-posts-report.png`, fullPage: true });
    await page.close();
  });

  it('the same screen in English: the change forms, posts and report, axe clean', async () => {
    const page = await officerScreen('?lang=en');
    const row = await actionsOf(page, '2018-2022-T3');
    for (const form of [
      'Change the commitment — 2018-2022-T3',
      'Postpone — 2018-2022-T3',
      'Change the status — 2018-2022-T3',
    ])
      await expect(row.getByRole('form', { name: form }).count(), form).resolves.toBe(1);
    await expect(
      row.getByRole('form', { name: 'Change the status — 2018-2022-T3' }).locator('option').allTextContents(),
    ).resolves.toEqual(['met', 'partly met', 'not met', 'withdrawn']);
    await expect(page.locator('tr[data-commitment-id="2018-2022-T3"] td').nth(2).textContent()).resolves.toBe(
      '“na de zomer” (derived date: 30 September 2024)',
    );
    await page.locator('tr[data-post-id="jenv-minister"] button.disclosure').click();
    await page.getByRole('form', { name: 'Handover of Minister van Justitie en Veiligheid' }).waitFor();
    await expect(page.locator('#report').textContent()).resolves.toBe('Half-yearly report per ministry');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}followup/en-commitments.png`, fullPage: true });
    await page.close();
  });
});
