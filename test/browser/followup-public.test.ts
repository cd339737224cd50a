import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe-violations.ts';
import { followupSiteForThisFile, screenshots } from './followup-site.ts';

// The follow-up as the public meets it, never signed in (this file's browser has no session).
const site = followupSiteForThisFile(
  { name: 'Beleidsmedewerker Publiek', email: 'publiek@test.example' },
  'T-public-1',
);
const open = (path: string, ready: string) => site().open(path, ready);

describe('the public side of the follow-up', () => {
  for (const [lang, query, linkText, listTitle] of [
    ['nl', '', 'Edities en opvolging van de toezeggingen', 'Edities en opvolging'],
    ['en', '?lang=en', 'Editions and the follow-up of the commitments', 'Editions and follow-up'],
  ] as const) {
    it(`/opvolging (${lang}) leads a signed-out visitor to the public list first, the sign-in form after`, async () => {
      const page = await open(`/opvolging${query}`, 'form.login-form');
      // The notice comes before the form, right under the heading.
      const notice = page.locator('main .public-list-notice');
      const order = await page.evaluate(() => {
        const n = document.querySelector('.public-list-notice');
        const f = document.querySelector('form.login-form');
        return n && f ? n.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).not.toBe(0);
      const link = notice.getByRole('link', { name: linkText });
      await expect(link.getAttribute('href')).resolves.toBe(`/opvolging/edities${query}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${screenshots}followup-signin-${lang}.png`, fullPage: true });
      await Promise.all([page.waitForURL(`**/opvolging/edities${query}`), link.click()]);
      await page.locator('.edition-list a[href^="/opvolging/editie/"]').first().waitFor();
      await expect(page.locator('h1').textContent()).resolves.toBe(listTitle);
      await page.close();
    });

    it(`an unknown edition (${lang}) says "not found" in the reader's language, with links onward`, async () => {
      const page = await open(`/opvolging/editie/2099${query}`, 'h1');
      const h1 = lang === 'nl' ? 'Editie niet gevonden' : 'Edition not found';
      await expect(page.locator('h1').textContent()).resolves.toBe(h1);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain('2099');
      expect(text).not.toMatch(/Technische melding|Technical message|No edition/);
      await expect(page.title()).resolves.toBe(
        `Zicht — ${lang === 'nl' ? 'editie niet gevonden' : 'edition not found'}`,
      );
      const onward = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(onward).toEqual([`/opvolging/edities${query}`, `/${query}`]);
      // The follow-up layout's header links to the public list too.
      await expect(
        page
          .locator('header nav a', { hasText: lang === 'nl' ? 'Edities en opvolging' : 'Editions and follow-up' })
          .getAttribute('href'),
      ).resolves.toBe(`/opvolging/edities${query}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${screenshots}followup-not-found-${lang}.png`, fullPage: true });
      await page.close();
    });
  }
});
