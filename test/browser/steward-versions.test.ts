import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordColumns } from '../../src/contract/index.ts';
import { fixturePassword, fixtureUsers } from '../support/access-test-fixture.ts';
import { screenshots, setUpAccessSite } from './access-site.ts';
import { axeViolations } from './axe-violations.ts';

const site = setUpAccessSite();

/** A registration file of the steward's source (csg); an impossible date puts a row in quarantine. */
function registrations(rows: readonly { id: string; date: string }[]): Buffer {
  const line = ({ id, date }: { id: string; date: string }) =>
    recordColumns.registration
      .map(
        (c) =>
          ({
            source: 'csg',
            registration_id: id,
            registration_date: date,
            offence_code: 'SR246',
            setting: 'home_victim',
            online: 'false',
            region: 'PV26',
            relationship: 'other_family',
          })[c as string] ?? '',
      )
      .join(',');
  return Buffer.from(`${recordColumns.registration.join(',')}\n${rows.map(line).join('\n')}\n`);
}
const valid = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, date: '2025-05-01' }));
const invalid = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, date: '2025-13-40' }));

/** Signs in as the csg steward in `language`; records script errors and CSP violations (a refused upload's 400 is expected). */
async function stewardPage(language: 'nl' | 'en'): Promise<{ page: Page; problems: string[] }> {
  const page = await site.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('400') && problems.push(m.text()));
  await page.goto(`${site.url}/werk${language === 'en' ? '?lang=en' : ''}`);
  await page.getByLabel(language === 'en' ? 'E-mail address' : 'E-mailadres').fill(fixtureUsers.steward.email);
  await page.getByLabel(language === 'en' ? 'Password' : 'Wachtwoord').fill(fixturePassword);
  await page.getByRole('button', { name: language === 'en' ? 'Sign in' : 'Inloggen' }).click();
  await page.locator('form.upload-form').waitFor();
  return { page, problems };
}

async function upload(
  page: Page,
  labels: { type: string; period: string; file: string; send: string },
  type: string,
  period: string,
  name: string,
  content: Buffer,
) {
  await page.getByLabel(labels.type).selectOption({ label: type });
  await page.getByLabel(labels.period).fill(period);
  await page.getByLabel(labels.file).setInputFiles({ name, mimeType: 'text/csv', buffer: content });
  await page.getByRole('button', { name: labels.send, exact: true }).click();
}
const nl = { type: 'Soort gegevens', period: 'Periode', file: 'Bestand', send: 'Uploaden' };
const en = { type: 'Kind of records', period: 'Period', file: 'File', send: 'Upload' };

/** The row of a version in the versions table, found by its file name within a group. */
const versionRow = (page: Page, group: string, file: string): Locator =>
  page.locator(`table.versions-table tbody[data-group="${group}"] tr[data-delivery-id]`, {
    has: page.locator('th.version-file', { hasText: file }),
  });

/** File name and status (in words) of each version in a group, as the table shows them, top to bottom. */
const groupRows = (page: Page, group: string) =>
  page
    .locator(`table.versions-table tbody[data-group="${group}"] tr[data-delivery-id]`)
    .evaluateAll((rows) =>
      rows.map(
        (r) => `${r.querySelector('.version-file')?.textContent} ${r.querySelector('.version-status')?.textContent}`,
      ),
    );

const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

async function storedStatuses(period: string): Promise<Record<string, string>> {
  const rows = await site.fixture.store.all<{ file_name: string; status: string }>(
    "SELECT file_name, status FROM delivery WHERE source = 'csg' AND record_type = 'registration' AND period = ?",
    [period],
  );
  return Object.fromEntries(rows.map((r) => [r.file_name, r.status]));
}

describe('a data steward’s delivery versions', () => {
  it('holds a file without accepted rows, leaves the current version alone, makes it current on confirmation and rolls it back', async () => {
    const { page, problems } = await stewardPage('nl');
    const group = 'registration:2026-Q2';

    // a file-level problem (here an empty file): nothing is stored, the server's reason is shown after a Dutch lead
    await upload(page, nl, 'Registraties', '2026-Q2', 'csg-leeg.csv', Buffer.alloc(0));
    const refused = page.getByRole('alert');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toMatch(/^Het bestand is niet opgeslagen: \S/);
    await expect(refused.locator('span[lang="en"]').count()).resolves.toBe(1);
    await expect(focusedClass(page)).resolves.toContain('form-error');
    expect(await storedStatuses('2026-Q2')).toEqual({});
    expect(await axeViolations(page)).toEqual([]);

    // a good file becomes current
    await upload(page, nl, 'Registraties', '2026-Q2', 'csg-goed.csv', registrations(valid('SV-A', 3)));
    await page.getByRole('status').filter({ hasText: 'csg-goed.csv is opgeslagen' }).waitFor();
    await expect(page.locator('.steward-status').textContent()).resolves.toBe(
      'csg-goed.csv is opgeslagen en is nu de actuele versie van Registraties over 2026-Q2: 3 rijen opgeslagen, 0 in quarantaine.',
    );
    await expect(focusedClass(page)).resolves.toContain('steward-status');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await versionRow(page, group, 'csg-goed.csv').waitFor();
    await expect(groupRows(page, group)).resolves.toEqual(['csg-goed.csv Actueel']);
    await expect(page.locator(`tbody[data-group="${group}"] th[scope="rowgroup"]`).textContent()).resolves.toBe(
      'Registraties over 2026-Q2',
    );

    // a file whose rows are all invalid is held: the notice says why in Dutch, the first version stays current
    await upload(page, nl, 'Registraties', '2026-Q2', 'csg-fout.csv', registrations(invalid('SV-B', 3)));
    const notice = page.locator('section.hold-notice');
    await notice.waitFor();
    await expect(notice.getAttribute('data-hold-reason')).resolves.toBe('no-rows');
    const alert = notice.getByRole('alert');
    await expect(alert.locator('h2').textContent()).resolves.toBe(
      'Het bestand is opgeslagen, maar niet actueel gemaakt',
    );
    await expect(alert.textContent()).resolves.toContain(
      'Geen enkele rij van csg-fout.csv is goedgekeurd: alle 3 rijen staan in quarantaine. De actuele versie van Registraties over 2026-Q2 blijft ongewijzigd (3 rijen).',
    );
    await expect(alert.textContent()).resolves.not.toMatch(/accepted|current version/);
    await expect(focusedClass(page)).resolves.toContain('hold-notice');
    await page.waitForFunction(
      (g) => document.querySelectorAll(`tbody[data-group="${g}"] tr[data-delivery-id]`).length === 2,
      group,
    );
    // newest first within the period
    await expect(groupRows(page, group)).resolves.toEqual([
      'csg-fout.csv Wacht op bevestiging',
      'csg-goed.csv Actueel',
    ]);
    expect(await storedStatuses('2026-Q2')).toEqual({ 'csg-goed.csv': 'active', 'csg-fout.csv': 'held' });
    // the record type select speaks in words, and no table cell shows a status or record type code
    await expect(page.getByLabel('Soort gegevens').locator('option').allTextContents()).resolves.toEqual([
      'Registraties',
      'Personen',
      'Gebeurtenissen in de strafrechtketen',
    ]);
    const shownStatuses = new Set(await page.locator('table.versions-table .version-status').allTextContents());
    expect(
      [...shownStatuses].every((s) => ['Actueel', 'Vervangen', 'Teruggedraaid', 'Wacht op bevestiging'].includes(s)),
    ).toBe(true);
    await page.screenshot({ path: `${screenshots}steward-held.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // the quarantine of the held file is one button away, and focus moves to it
    await notice.getByRole('button', { name: 'Quarantaine bekijken' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'report');
    await expect(page.locator('.validation-report h2').textContent()).resolves.toBe('Validatierapport: csg-fout.csv');
    await expect(page.locator('.validation-report [role="status"]').textContent()).resolves.toBe(
      '3 rijen gelezen, 0 opgeslagen, 3 in quarantaine',
    );

    // "make it current anyway" asks first; cancelling changes nothing
    const makeCurrent = notice.getByRole('button', { name: 'Toch actueel maken', exact: true });
    await makeCurrent.click();
    const dialog = page.getByRole('dialog', { name: 'Toch actueel maken?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('0 rijen in plaats van 3');
    await expect(dialog.textContent()).resolves.toContain('csg-fout.csv (Registraties over 2026-Q2, ontvangen ');
    // the modal step takes focus on its confirm button
    await expect(focusedClass(page)).resolves.toBe('confirm-yes');
    await page.screenshot({ path: `${screenshots}steward-confirm.png` });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Toch actueel maken');
    expect(await storedStatuses('2026-Q2')).toEqual({ 'csg-goed.csv': 'active', 'csg-fout.csv': 'held' });

    await makeCurrent.click();
    await dialog.getByRole('button', { name: 'Ja, maak het actueel' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'csg-fout.csv is nu de actuele versie van Registraties over 2026-Q2' })
      .waitFor();
    await expect(focusedClass(page)).resolves.toContain('steward-status');
    await expect(notice.count()).resolves.toBe(0);
    await page.waitForFunction(
      (g) => document.querySelector(`tbody[data-group="${g}"] tr[data-status="superseded"]`) !== null,
      group,
    );
    await expect(groupRows(page, group)).resolves.toEqual(['csg-fout.csv Actueel', 'csg-goed.csv Vervangen']);
    expect(await storedStatuses('2026-Q2')).toEqual({ 'csg-goed.csv': 'superseded', 'csg-fout.csv': 'active' });
    expect(await axeViolations(page)).toEqual([]);

    // roll back the current version: the confirmation names the version that becomes current again
    const fout = versionRow(page, group, 'csg-fout.csv');
    await expect(fout.getByRole('button', { name: /^Toch actueel maken/ }).count()).resolves.toBe(0);
    await fout
      .getByRole('button', { name: /^Terugdraaien: csg-fout\.csv \(Registraties over 2026-Q2, ontvangen .+\)$/ })
      .click();
    const rollBack = page.getByRole('dialog', { name: 'Versie terugdraaien?' });
    await rollBack.waitFor();
    await expect(rollBack.textContent()).resolves.toMatch(
      /csg-goed\.csv \(ontvangen [^)]+\) wordt weer de actuele versie van Registraties over 2026-Q2\./,
    );
    await rollBack.getByRole('button', { name: 'Ja, draai terug' }).click();
    await page.getByRole('status').filter({ hasText: 'csg-fout.csv is teruggedraaid' }).waitFor();
    await expect(page.locator('.steward-status').textContent()).resolves.toMatch(
      /^csg-fout\.csv is teruggedraaid; csg-goed\.csv \(ontvangen [^)]+\) is weer de actuele versie van Registraties over 2026-Q2\.$/,
    );
    await expect(focusedClass(page)).resolves.toContain('steward-status');
    await page.waitForFunction(
      (g) => document.querySelector(`tbody[data-group="${g}"] tr[data-status="rolled_back"]`) !== null,
      group,
    );
    await expect(groupRows(page, group)).resolves.toEqual(['csg-fout.csv Teruggedraaid', 'csg-goed.csv Actueel']);
    expect(await storedStatuses('2026-Q2')).toEqual({ 'csg-goed.csv': 'active', 'csg-fout.csv': 'rolled_back' });
    // the current version can be rolled back, the rolled-back one can not
    await expect(
      versionRow(page, group, 'csg-goed.csv')
        .getByRole('button', { name: /^Terugdraaien: csg-goed\.csv/ })
        .count(),
    ).resolves.toBe(1);
    await expect(fout.getByRole('button', { name: /^Terugdraaien/ }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}steward-versions.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('in English: a refused file, a file that more than halves its period is held with the counts, and is made current from the table', async () => {
    const { page, problems } = await stewardPage('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Deliveries');
    const group = 'registration:2026-Q3';

    // a file the server refuses as a whole (saved as UTF-16 by a spreadsheet): the server's reason after an English lead, nothing stored
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(registrations(valid('SV-E', 1)).toString('utf8'), 'utf16le'),
    ]);
    await upload(page, en, 'Registrations', '2026-Q3', 'csg full.csv', utf16);
    const refused = page.getByRole('alert');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toMatch(
      /^The file was not stored: This file is UTF-16 .*save it as UTF-8/,
    );
    await expect(focusedClass(page)).resolves.toContain('form-error');
    expect(await storedStatuses('2026-Q3')).toEqual({});

    await upload(page, en, 'Registrations', '2026-Q3', 'csg-full.csv', registrations(valid('SV-C', 3)));
    await page
      .getByRole('status')
      .filter({
        hasText:
          'csg-full.csv is stored and is now the current version of Registrations for 2026-Q3: 3 rows stored, 0 quarantined.',
      })
      .waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);

    await upload(page, en, 'Registrations', '2026-Q3', 'csg-short.csv', registrations(valid('SV-D', 1)));
    const notice = page.locator('section.hold-notice');
    await notice.waitFor();
    await expect(notice.getAttribute('data-hold-reason')).resolves.toBe('shrinks');
    await expect(notice.getByRole('alert').textContent()).resolves.toContain(
      'csg-short.csv has only 1 accepted row where the current version has 3: fewer than half. The current version of Registrations for 2026-Q3 is untouched (3 rows).',
    );
    await expect(focusedClass(page)).resolves.toContain('hold-notice');
    await page.waitForFunction(
      (g) => document.querySelector(`tbody[data-group="${g}"] tr[data-status="held"]`) !== null,
      group,
    );
    await expect(groupRows(page, group)).resolves.toEqual([
      'csg-short.csv Awaiting confirmation',
      'csg-full.csv Current',
    ]);
    await expect(page.locator(`tbody[data-group="${group}"] th[scope="rowgroup"]`).textContent()).resolves.toBe(
      'Registrations for 2026-Q3',
    );
    await expect(page.locator('table.versions-table thead th').allTextContents()).resolves.toEqual([
      'File',
      'Received',
      'Status',
      'Rows read',
      'Stored',
      'Quarantined',
      'Actions',
    ]);
    await page.screenshot({ path: `${screenshots}steward-held-en.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await versionRow(page, group, 'csg-short.csv')
      .getByRole('button', { name: /^Make current: csg-short\.csv \(Registrations for 2026-Q3, received .+\)$/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Make it current anyway?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('1 row instead of 3');
    await dialog.getByRole('button', { name: 'Yes, make it current' }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: 'csg-short.csv is now the current version of Registrations for 2026-Q3. The previous version is kept.',
      })
      .waitFor();
    await expect(notice.count()).resolves.toBe(0);
    await page.waitForFunction(
      (g) => document.querySelector(`tbody[data-group="${g}"] tr[data-status="superseded"]`) !== null,
      group,
    );
    await expect(groupRows(page, group)).resolves.toEqual(['csg-short.csv Current', 'csg-full.csv Superseded']);
    expect(await storedStatuses('2026-Q3')).toEqual({ 'csg-full.csv': 'superseded', 'csg-short.csv': 'active' });
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}steward-versions-en.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
