import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe-violations.ts';
import { followupSiteForThisFile, officerPassword, screenshots, type SiteUser } from './followup-site.ts';

/**
 * The walk of issue 13's "done when", in one language: a JenV officer creates an edition, drafts
 * the letter, the nota, a recommendation and its response; coordination with JenV, VWS and OCW;
 * OCW's officer is refused when signing for VWS; each department signs its own; a text change
 * voids the three sign-offs; they sign again; the memo goes to the minister's office, which alone
 * approves; the redaction proposals are decided; before sending the public page and documents show
 * nothing of the response; then sending and publication, after which they do. axe on every screen.
 */

const jenv: SiteUser = { name: 'Marieke Dekker', email: 'beleid-jenv@test.example', organisation: 'JenV' };
const vws: SiteUser = { name: 'Sven Hoekstra', email: 'beleid-vws@test.example', organisation: 'VWS' };
const ocw: SiteUser = { name: 'Noor Smit', email: 'beleid-ocw@test.example', organisation: 'OCW' };
const cabinet: SiteUser = {
  name: 'Femke Mulder',
  email: 'kabinet@test.example',
  role: 'minister-office',
  organisation: 'JenV',
};

/** The words of the screens the walk clicks and reads, per language. */
const words = {
  nl: {
    query: '',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    signIn: 'Inloggen',
    newEdition: {
      id: 'Kenmerk van de editie',
      title: 'Titel',
      from: 'Eerste jaar',
      to: 'Laatste jaar',
      lead: 'Leidend departement',
      submit: 'Editie aanmaken',
    },
    concept: 'CONCEPT',
    tabs: {
      brief: 'Brief',
      nota: 'Nota',
      aanbevelingen: 'Aanbevelingen',
      afstemming: 'Afstemming',
      woo: 'Woo-lakken',
      versies: 'Versies',
      documenten: 'Documenten',
    },
    state: {
      draft: 'concept',
      coordination: 'afstemming',
      memo: 'ter besluitvorming',
      approved: 'akkoord',
      sent: 'verzonden aan de Kamer',
      published: 'gepubliceerd',
    },
    rec: {
      text: 'Tekst van de aanbeveling',
      addressees: 'Gericht aan',
      theme: 'Thema (om edities te vergelijken)',
      ministries: ['Justitie en Veiligheid', 'Volksgezondheid, Welzijn en Sport', 'Onderwijs, Cultuur en Wetenschap'],
      add: 'Aanbeveling toevoegen',
      stance: 'omarmd',
      response: 'Reactie (meer alinea’s mogelijk)',
      saveResponse: 'Reactie opslaan',
      added: 'De aanbeveling is toegevoegd.',
      responseSaved: 'De reactie op aanbeveling 1 is opgeslagen.',
    },
    letter: {
      opening: 'Opening',
      general: 'Algemene reactie',
      reference: 'Ons kenmerk',
      closing: 'Slot',
      addSignatory: 'Ondertekenaar toevoegen',
      signatoryTitle: 'Functie',
      signatoryName: 'Naam',
      addSection: 'Sectie toevoegen',
      sectionHeading: 'Kopje',
      recommendation1: 'Aanbeveling 1',
      save: 'Brief opslaan',
      saved: /^De brief is opgeslagen \(versie \d+\)\.$/,
    },
    nota: {
      aanleiding: '1. Aanleiding',
      besluit: '2. Geadviseerd besluit',
      kernpunten: '3. Kernpunten',
      bevindingen: 'Bevindingen (één punt per alinea)',
      krachtenveld: 'Krachtenveld',
      communicatie: 'Communicatie',
      financieel: 'Financiële gevolgen',
      juridisch: 'Juridische gevolgen',
      addContact: 'Contactpersoon toevoegen',
      contactName: 'Naam',
      contactRole: 'Functie',
      save: 'Nota opslaan',
      saved: /^De nota is opgeslagen \(versie \d+\)\.$/,
    },
    conflict: /^Gewijzigd door Marieke Dekker om 11:00 \(25 maart 2026\) — herlaad$/,
    reload: 'Herladen',
    reloaded: /^De nieuwste versie \(\d+\) is geladen; uw tekst staat nog in het formulier\./,
    flow: {
      startParties: ['Volksgezondheid, Welzijn en Sport', 'Onderwijs, Cultuur en Wetenschap'],
      start: 'Afstemming starten',
      signOffFor: 'Akkoord geven namens',
      signOff: 'Akkoord geven (paraferen)',
      vwsName: 'Volksgezondheid, Welzijn en Sport',
      ocwName: 'Onderwijs, Cultuur en Wetenschap',
      jenvName: 'Justitie en Veiligheid',
      refused:
        'U kunt alleen akkoord geven namens uw eigen departement (Onderwijs, Cultuur en Wetenschap), niet namens Volksgezondheid, Welzijn en Sport.',
      commentFor: 'Opmerking namens',
      comment: 'Opmerking',
      commentSubmit: 'Opmerking plaatsen',
      pending: 'wacht op akkoord',
      signed: 'akkoord',
      voided: 'vervallen door tekstwijziging',
      submitMemo: 'Nota ter besluitvorming aanbieden',
      memoWaits:
        'De nota kan pas ter besluitvorming worden aangeboden als elke partij de huidige tekst heeft geparafeerd. Nog niet: Justitie en Veiligheid; Volksgezondheid, Welzijn en Sport; Onderwijs, Cultuur en Wetenschap.',
      approve: 'Akkoord (reactie vaststellen)',
      noActions: 'U kunt in deze stand van de reactie geen stap zetten.',
      sendDate: 'Datum van verzending',
      send: 'Verzenden aan de Tweede Kamer',
      sendBlocked: 'Verzenden kan pas als elk voorstel is beoordeeld.',
      kamerstuk: 'Kamerstuknummer',
      publish: 'Publiceren',
      done: {
        start: 'De afstemming is gestart.',
        signOff: 'Uw akkoord is vastgelegd.',
        comment: 'Uw opmerking is geplaatst.',
        memo: 'De nota is ter besluitvorming aangeboden.',
        approve: 'De reactie is vastgesteld.',
        send: 'De reactie is verzonden aan de Tweede Kamer.',
        publish: 'De reactie is gepubliceerd.',
      },
    },
    woo: {
      redact: 'Lakken',
      keep: 'Niet lakken',
      noGround: 'geen grond (openbaar gegeven)',
      allDone: 'Elk voorstel is beoordeeld.',
    },
    versions: {
      part: 'Onderdeel',
      edition: 'Brief en nota',
      show: 'Versies tonen',
      compare: 'Vergelijken',
      added: 'begin toegevoegd:',
    },
    documents: { internalLetter: 'Kamerbrief (Word)', publicNotYet: 'De openbare versies bestaan pas' },
    embargo: 'De kabinetsreactie is nog niet verschenen',
    publicStance: 'Standpunt kabinet: omarmd',
    publicLetter: 'Kamerbrief (PDF)',
  },
  en: {
    query: '?lang=en',
    email: 'E-mail address',
    password: 'Password',
    signIn: 'Sign in',
    newEdition: {
      id: 'Edition code',
      title: 'Title',
      from: 'First year',
      to: 'Last year',
      lead: 'Lead department',
      submit: 'Create the edition',
    },
    concept: 'DRAFT',
    tabs: {
      brief: 'Letter',
      nota: 'Memo',
      aanbevelingen: 'Recommendations',
      afstemming: 'Coordination',
      woo: 'Woo redaction',
      versies: 'Versions',
      documenten: 'Documents',
    },
    state: {
      draft: 'draft',
      coordination: 'coordination',
      memo: 'for decision',
      approved: 'approved',
      sent: 'sent to Parliament',
      published: 'published',
    },
    rec: {
      text: 'Text of the recommendation',
      addressees: 'Addressed to',
      theme: 'Theme (to compare editions)',
      ministries: ['Justice and Security', 'Health, Welfare and Sport', 'Education, Culture and Science'],
      add: 'Add the recommendation',
      stance: 'embraced',
      response: 'Response (several paragraphs allowed)',
      saveResponse: 'Save the response',
      added: 'The recommendation is added.',
      responseSaved: 'The response to recommendation 1 is saved.',
    },
    letter: {
      opening: 'Opening',
      general: 'General response',
      reference: 'Our reference (Ons kenmerk)',
      closing: 'Closing',
      addSignatory: 'Add a signatory',
      signatoryTitle: 'Title',
      signatoryName: 'Name',
      addSection: 'Add a section',
      sectionHeading: 'Subheading',
      recommendation1: 'Recommendation 1',
      save: 'Save the letter',
      saved: /^The letter is saved \(version \d+\)\.$/,
    },
    nota: {
      aanleiding: '1. Reason (Aanleiding)',
      besluit: '2. Advised decision',
      kernpunten: '3. Key points',
      bevindingen: 'Findings (one point per paragraph)',
      krachtenveld: 'Stakeholders (krachtenveld)',
      communicatie: 'Communication',
      financieel: 'Financial consequences',
      juridisch: 'Legal consequences',
      addContact: 'Add a contact',
      contactName: 'Name',
      contactRole: 'Position',
      save: 'Save the memo',
      saved: /^The memo is saved \(version \d+\)\.$/,
    },
    conflict: /^Changed by Marieke Dekker at 11:00 \(25 March 2026\) — reload$/,
    reload: 'Reload',
    reloaded: /^The newest version \(\d+\) is loaded; your text is still in the form\./,
    flow: {
      startParties: ['Health, Welfare and Sport', 'Education, Culture and Science'],
      start: 'Start coordination',
      signOffFor: 'Sign off on behalf of',
      signOff: 'Sign off',
      vwsName: 'Health, Welfare and Sport',
      ocwName: 'Education, Culture and Science',
      jenvName: 'Justice and Security',
      refused:
        'You can only sign off on behalf of your own department (Education, Culture and Science), not on behalf of Health, Welfare and Sport.',
      commentFor: 'Comment on behalf of',
      comment: 'Comment',
      commentSubmit: 'Post the comment',
      pending: 'awaiting sign-off',
      signed: 'signed off',
      voided: 'voided by a change of the text',
      submitMemo: 'Submit the memo for decision',
      memoWaits:
        'The memo can be submitted for decision only once every party has signed off the current text. Not yet: Justice and Security; Health, Welfare and Sport; Education, Culture and Science.',
      approve: 'Approve the response',
      noActions: 'You cannot take a step in the response’s current state.',
      sendDate: 'Date of sending',
      send: 'Send to the House of Representatives',
      sendBlocked: 'Sending is possible once every proposal has been decided.',
      kamerstuk: 'Parliamentary paper number (Kamerstuk)',
      publish: 'Publish',
      done: {
        start: 'Coordination has started.',
        signOff: 'Your sign-off is recorded.',
        comment: 'Your comment is posted.',
        memo: 'The memo is submitted for decision.',
        approve: 'The response is approved.',
        send: 'The response is sent to the House of Representatives.',
        publish: 'The response is published.',
      },
    },
    woo: {
      redact: 'Redact',
      keep: 'Keep',
      noGround: 'no ground (public information)',
      allDone: 'Every proposal has been decided.',
    },
    versions: {
      part: 'Part',
      edition: 'Letter and memo',
      show: 'Show versions',
      compare: 'Compare',
      added: 'start added:',
    },
    documents: { internalLetter: 'Letter (Word)', publicNotYet: 'The public versions exist only' },
    embargo: 'The cabinet’s response has not been published yet',
    publicStance: 'Cabinet’s stance: embraced',
    publicLetter: 'Letter to Parliament (PDF, Dutch)',
  },
} as const;

/** Texts the officers write; the names in them must never reach the public versions. */
const drafted = {
  title: 'Monitor seksueel geweld tegen kinderen 2022–2026',
  recommendation:
    'Zorg dat elk kind dat slachtoffer wordt van online seksueel geweld binnen een week passende hulp krijgt.',
  addressees: 'Minister van Justitie en Veiligheid\nStaatssecretaris van Volksgezondheid, Welzijn en Sport',
  response:
    'Het kabinet neemt deze aanbeveling over en versterkt de hulp na online seksueel geweld.\n\nDe ministeries van JenV, VWS en OCW maken hierover voor de zomer afspraken met de Centra Seksueel Geweld.',
  opening:
    'Met deze brief reageren wij op de monitor 2022–2026 van de Nationaal Rapporteur, mede namens de Staatssecretaris van Volksgezondheid, Welzijn en Sport.',
  general:
    'Het kabinet dankt de Nationaal Rapporteur voor de monitor.\n\nDe monitor laat zien dat online seksueel geweld tegen kinderen toeneemt.',
  closing: 'Wij informeren uw Kamer over de voortgang.',
  closingChanged: 'Wij informeren uw Kamer voor het einde van het jaar over de voortgang.',
  kernpunten: 'De reactie neemt de aanbeveling over.\n\nAfgestemd met Pieter Jansen (OCW/PO) over de rol van scholen.',
  comment: 'Pieter Jansen vindt de reactie op aanbeveling 1 te defensief.',
  contact: 'Joris Testpersoon',
  kamerstuk: 'Kamerstukken II 2025/26, 31 015, nr. 300',
};
const planted = ['Pieter Jansen', 'Joris Testpersoon', 'Marieke Dekker', 'Sven Hoekstra', 'Noor Smit', 'Femke Mulder'];

export function followupWorkflowWalk(language: 'nl' | 'en', editionId: string) {
  const w = words[language];
  const site = followupSiteForThisFile(jenv, `T-walk-${language}`, [vws, ocw, cabinet]);
  const workspaceUrl = `/opvolging/editie/${editionId}/werk${w.query}`;
  const shot = (name: string) => `${screenshots}followup/${language}-${name}.png`;

  async function signIn(user: SiteUser, path: string, ready: string): Promise<Page> {
    await site().signOut();
    const page = await site().open(path, 'form.login-form');
    await page.getByLabel(w.email).fill(user.email);
    await page.getByLabel(w.password).fill(officerPassword);
    await page.getByRole('button', { name: w.signIn }).click();
    await page
      .locator(ready)
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(async (error: Error) => {
        throw new Error(
          `${user.email} at ${path}: ${error.message}\nThe page says: ${await page.locator('main').textContent()}`,
        );
      });
    return page;
  }
  const workspaceAs = (user: SiteUser) => signIn(user, workspaceUrl, '[role="tablist"]');

  /** Opens a tab of the workspace, checks it with axe, and answers its panel. */
  async function tab(page: Page, id: keyof typeof w.tabs): Promise<Locator> {
    await page.getByRole('tab', { name: w.tabs[id], exact: true }).click();
    const panel = page.locator(`#panel-${id}`);
    await panel.waitFor({ state: 'visible' });
    expect(await axeViolations(page), `${language} tab ${id}`).toEqual([]);
    return panel;
  }
  const partyDecision = (panel: Locator, party: string) =>
    panel.locator(`tr[data-party="${party}"] .decision-badge`).textContent();
  const currentStep = (page: Page) =>
    page.locator('.workflow-progress [aria-current="step"] .progress-label').textContent();

  /** Takes a workflow step with its button and waits for the sentence that says it was taken. */
  async function step(panel: Locator, button: string, done: string, fill?: () => Promise<void>) {
    await fill?.();
    await panel.getByRole('button', { name: button, exact: true }).click();
    const actions = panel.locator('.workflow-actions');
    await actions
      .locator('[role="status"] .form-ok', { hasText: done })
      .or(actions.locator('[role="alert"] .form-error'))
      .first()
      .waitFor();
    // a refusal fails the walk with what the screen said
    expect(await actions.locator('[role="alert"]').textContent(), button).toBe('');
  }
  /** Waits for a form's status line to say `done`. */
  const saidOk = (scope: Locator, done: RegExp | string) =>
    expect(scope.locator('[role="status"] .form-ok', { hasText: done }).waitFor()).resolves.toBeUndefined();
  async function signOff(user: SiteUser, party: string) {
    const page = await workspaceAs(user);
    const panel = await tab(page, 'afstemming');
    await panel.getByLabel(w.flow.signOffFor).selectOption({ label: party });
    await step(panel, w.flow.signOff, w.flow.done.signOff);
    return { page, panel };
  }

  describe(`the officers' walk from a new edition to publication (${language})`, () => {
    it('a JenV officer creates an edition and lands in its workspace, marked as a draft', async () => {
      const page = await signIn(jenv, `/opvolging${w.query}`, '#new-edition');
      const form = page.locator('section[aria-labelledby="new-edition"]');
      await form.getByLabel(w.newEdition.id).fill(editionId);
      await form.getByLabel(w.newEdition.title, { exact: true }).fill(drafted.title);
      await form.getByLabel(w.newEdition.from).fill('2022');
      await form.getByLabel(w.newEdition.to).fill('2026');
      await form.getByLabel(w.newEdition.lead).selectOption('JenV');
      expect(await axeViolations(page)).toEqual([]);
      await Promise.all([
        page.waitForURL(`**${workspaceUrl}`),
        form.getByRole('button', { name: w.newEdition.submit }).click(),
      ]);
      await page.locator('[role="tablist"]').waitFor();
      await expect(page.locator('h1').textContent()).resolves.toContain(drafted.title);
      await expect(page.locator('h1 .concept-badge').textContent()).resolves.toBe(w.concept);
      await expect(currentStep(page)).resolves.toBe(w.state.draft);
      expect(await axeViolations(page)).toEqual([]);
      // the tabs answer the keyboard as tabs do: arrows move, only the chosen tab is in the Tab order
      await page.getByRole('tab', { name: w.tabs.brief, exact: true }).focus();
      await page.keyboard.press('ArrowRight');
      const focused = () => page.evaluate(() => document.activeElement?.id);
      await expect(focused()).resolves.toBe('tab-nota');
      await expect(page.locator('#tab-nota').getAttribute('aria-selected')).resolves.toBe('true');
      await expect(page.locator('#panel-nota').isVisible()).resolves.toBe(true);
      await page.keyboard.press('End');
      await expect(focused()).resolves.toBe('tab-documenten');
      await expect(page.locator('[role="tab"][tabindex="0"]').count()).resolves.toBe(1);
      await page.screenshot({ path: shot('new-workspace'), fullPage: true });
      await page.close();
    });

    it('drafts a recommendation and its response, the letter with a section and the nota', async () => {
      const page = await workspaceAs(jenv);
      const recs = await tab(page, 'aanbevelingen');
      const add = recs.locator('form.add-recommendation');
      await add.getByLabel(w.rec.text).fill(drafted.recommendation);
      await add.getByLabel(w.rec.addressees).fill(drafted.addressees);
      await add.getByLabel(w.rec.theme).fill('hulp-na-online-geweld');
      for (const ministry of w.rec.ministries) await add.getByLabel(ministry, { exact: true }).check();
      await add.getByRole('button', { name: w.rec.add }).click();
      await saidOk(add, w.rec.added);
      const response = recs.locator('form.response-form');
      await response.waitFor();
      await response.getByLabel(w.rec.stance, { exact: true }).check();
      await response.getByLabel(w.rec.response).fill(drafted.response);
      await response.getByRole('button', { name: w.rec.saveResponse }).click();
      await saidOk(response, w.rec.responseSaved);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: shot('recommendations'), fullPage: true });

      const letter = await tab(page, 'brief');
      await letter.getByLabel(w.letter.reference, { exact: true }).fill('2026-0000123456');
      await letter.getByLabel(w.letter.opening, { exact: true }).fill(drafted.opening);
      await letter.getByLabel(w.letter.general).fill(drafted.general);
      await letter.getByRole('button', { name: w.letter.addSection }).click();
      await letter.getByLabel(w.letter.sectionHeading).fill('Hulp na online seksueel geweld');
      await letter.getByLabel(w.letter.recommendation1, { exact: true }).check();
      await letter.getByLabel(w.letter.closing, { exact: true }).fill(drafted.closing);
      await letter.getByRole('button', { name: w.letter.addSignatory }).click();
      await letter.getByLabel(w.letter.signatoryTitle).fill('De Minister van Justitie en Veiligheid');
      await letter.getByLabel(w.letter.signatoryName, { exact: true }).fill('D.M. van Weel');
      await letter.getByRole('button', { name: w.letter.save }).click();
      await saidOk(letter, w.letter.saved);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: shot('letter'), fullPage: true });

      const nota = await tab(page, 'nota');
      await nota.getByLabel(w.nota.aanleiding).fill('De Nationaal Rapporteur publiceerde de monitor 2022–2026.');
      await nota.getByLabel(w.nota.besluit).fill('Instemmen met de bijgevoegde beleidsreactie.');
      await nota.getByLabel(w.nota.kernpunten).fill(drafted.kernpunten);
      await nota.getByLabel(w.nota.bevindingen).fill('Meer meldingen van online geweld.\n\nSlachtoffers zijn jonger.');
      await nota.getByLabel(w.nota.krachtenveld).fill('De Kamer vraagt al langer om snellere hulp.');
      await nota.getByLabel(w.nota.communicatie).fill('Publicatie op rijksoverheid.nl na verzending.');
      await nota.getByLabel(w.nota.financieel).fill('Binnen de bestaande begroting.');
      await nota.getByLabel(w.nota.juridisch).fill('Geen.');
      await nota.getByRole('button', { name: w.nota.addContact }).click();
      await nota.getByLabel(w.nota.contactName, { exact: true }).fill(drafted.contact);
      await nota.getByLabel(w.nota.contactRole, { exact: true }).fill('senior beleidsmedewerker');
      await nota.getByRole('button', { name: w.nota.save }).click();
      await saidOk(nota, w.nota.saved);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: shot('nota'), fullPage: true });
      await page.close();
    });

    it('two officers editing at once: the second is told who saved first, keeps the text, reloads and saves', async () => {
      const first = await workspaceAs(jenv);
      const second = await site().open(`${workspaceUrl}#brief`, '[role="tablist"]');
      const letterOf = (page: Page) => page.locator('#panel-brief');
      await (await tab(first, 'brief')).getByLabel(w.letter.closing, { exact: true }).fill(`${drafted.closing} (1)`);
      await letterOf(first).getByRole('button', { name: w.letter.save }).click();
      await saidOk(letterOf(first), w.letter.saved);
      const mine = `${drafted.closing} (2)`;
      await letterOf(second).getByLabel(w.letter.closing, { exact: true }).fill(mine);
      await letterOf(second).getByRole('button', { name: w.letter.save }).click();
      const notice = letterOf(second).locator('.conflict-notice');
      await expect(notice.locator('strong').textContent()).resolves.toMatch(w.conflict);
      await expect(letterOf(second).getByLabel(w.letter.closing, { exact: true }).inputValue()).resolves.toBe(mine);
      expect(await axeViolations(second)).toEqual([]);
      await second.screenshot({ path: shot('conflict'), fullPage: false });
      await notice.getByRole('button', { name: w.reload }).click();
      await saidOk(letterOf(second), w.reloaded);
      await expect(letterOf(second).getByLabel(w.letter.closing, { exact: true }).inputValue()).resolves.toBe(mine);
      await letterOf(second).getByLabel(w.letter.closing, { exact: true }).fill(drafted.closing);
      await letterOf(second).getByRole('button', { name: w.letter.save }).click();
      await saidOk(letterOf(second), w.letter.saved);
      await first.close();
      await second.close();
    });

    it('coordination with JenV, VWS and OCW: OCW cannot sign for VWS; each department signs its own', async () => {
      const page = await workspaceAs(jenv);
      const panel = await tab(page, 'afstemming');
      for (const party of w.flow.startParties) await panel.getByLabel(party, { exact: true }).check();
      await step(panel, w.flow.start, w.flow.done.start);
      // the form that was used is gone: the focus is on what happened
      await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('form-message');
      await expect(currentStep(page)).resolves.toBe(w.state.coordination);
      for (const party of ['JenV', 'VWS', 'OCW'])
        await expect(partyDecision(panel, party)).resolves.toBe(w.flow.pending);
      await panel.getByLabel(w.flow.signOffFor).selectOption({ label: w.flow.jenvName });
      await step(panel, w.flow.signOff, w.flow.done.signOff);
      await expect(partyDecision(panel, 'JenV')).resolves.toBe(w.flow.signed);
      await page.close();

      // OCW's officer tries to sign for VWS: refused, with what is wrong; then comments and signs for OCW
      const ocwPage = await workspaceAs(ocw);
      const ocwPanel = await tab(ocwPage, 'afstemming');
      await ocwPanel.getByLabel(w.flow.signOffFor).selectOption({ label: w.flow.vwsName });
      await ocwPanel.getByRole('button', { name: w.flow.signOff, exact: true }).click();
      const alert = ocwPanel.locator('.workflow-actions [role="alert"] .form-error');
      await expect(alert.locator('p').first().textContent()).resolves.toBe(w.flow.refused);
      await expect(partyDecision(ocwPanel, 'VWS')).resolves.toBe(w.flow.pending);
      expect(await axeViolations(ocwPage)).toEqual([]);
      await ocwPage.screenshot({ path: shot('foreign-sign-off-refused'), fullPage: true });
      await ocwPanel.getByLabel(w.flow.commentFor).selectOption({ label: w.flow.ocwName });
      await step(ocwPanel, w.flow.commentSubmit, w.flow.done.comment, () =>
        ocwPanel.getByLabel(w.flow.comment, { exact: true }).fill(drafted.comment),
      );
      await ocwPanel.getByLabel(w.flow.signOffFor).selectOption({ label: w.flow.ocwName });
      await step(ocwPanel, w.flow.signOff, w.flow.done.signOff);
      await expect(partyDecision(ocwPanel, 'OCW')).resolves.toBe(w.flow.signed);
      await ocwPage.close();

      const { page: vwsPage, panel: vwsPanel } = await signOff(vws, w.flow.vwsName);
      for (const party of ['JenV', 'VWS', 'OCW'])
        await expect(partyDecision(vwsPanel, party)).resolves.toBe(w.flow.signed);
      await vwsPage.close();
    });

    it('a change of the text voids the three sign-offs, the versions show it word by word, and they sign again', async () => {
      const page = await workspaceAs(jenv);
      const letter = await tab(page, 'brief');
      await letter.getByLabel(w.letter.closing, { exact: true }).fill(drafted.closingChanged);
      await letter.getByRole('button', { name: w.letter.save }).click();
      await saidOk(letter, w.letter.saved);
      const panel = await tab(page, 'afstemming');
      for (const party of ['JenV', 'VWS', 'OCW'])
        await expect(partyDecision(panel, party)).resolves.toBe(w.flow.voided);
      await page.screenshot({ path: shot('sign-offs-voided'), fullPage: true });
      // the memo cannot go to the minister on voided sign-offs: no button, and whose sign-off is missing
      await expect(panel.getByRole('button', { name: w.flow.submitMemo }).count()).resolves.toBe(0);
      await expect(panel.locator('.memo-waits').textContent()).resolves.toBe(w.flow.memoWaits);

      const versions = await tab(page, 'versies');
      await versions.getByLabel(w.versions.part).selectOption({ label: w.versions.edition });
      await versions.getByRole('button', { name: w.versions.show }).click();
      await versions.getByRole('button', { name: w.versions.compare }).click();
      const diff = versions.locator('.version-diff');
      await expect(diff.locator('ins').first().textContent()).resolves.toBe(
        `${w.versions.added} [+voor het einde van het jaar+] ${language === 'nl' ? 'einde toegevoegd' : 'end added'}`,
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: shot('versions-diff'), fullPage: true });

      await step(await tab(page, 'afstemming'), w.flow.signOff, w.flow.done.signOff);
      await page.close();
      await (await signOff(ocw, w.flow.ocwName)).page.close();
      const { page: last, panel: lastPanel } = await signOff(vws, w.flow.vwsName);
      for (const party of ['JenV', 'VWS', 'OCW'])
        await expect(partyDecision(lastPanel, party)).resolves.toBe(w.flow.signed);
      await last.close();
    });

    it('the memo goes to the minister’s office: the officer cannot approve, the minister’s office does', async () => {
      const page = await workspaceAs(jenv);
      const panel = await tab(page, 'afstemming');
      await step(panel, w.flow.submitMemo, w.flow.done.memo);
      await expect(currentStep(page)).resolves.toBe(w.state.memo);
      await expect(panel.getByRole('button', { name: w.flow.approve }).count()).resolves.toBe(0);
      await expect(panel.locator('.workflow-actions > p').last().textContent()).resolves.toBe(w.flow.noActions);
      // the texts are locked while the minister decides
      await expect((await tab(page, 'brief')).getByLabel(w.letter.closing, { exact: true }).isDisabled()).resolves.toBe(
        true,
      );
      await page.close();

      const minister = await workspaceAs(cabinet);
      const decide = await tab(minister, 'afstemming');
      await minister.screenshot({ path: shot('minister-office'), fullPage: true });
      await step(decide, w.flow.approve, w.flow.done.approve);
      await expect(currentStep(minister)).resolves.toBe(w.state.approved);
      await expect(minister.locator('h1 .concept-badge').count()).resolves.toBe(0);
      await minister.close();
    });

    it('before sending, the public page shows nothing of the response and its documents answer 404', async () => {
      await site().signOut();
      const page = await site().open(`/opvolging/editie/${editionId}${w.query}`, 'article.recommendation');
      await expect(page.locator('.embargo-notice h2').textContent()).resolves.toBe(w.embargo);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(drafted.recommendation);
      for (const hidden of ['versterkt de hulp', 'Centra Seksueel Geweld', w.publicStance, ...planted])
        expect(text).not.toContain(hidden);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: shot('public-before-sending'), fullPage: true });
      for (const file of ['letter.docx', 'letter.pdf', 'nota.docx', 'nota.pdf']) {
        const response = await fetch(`${site().url}/api/followup/editions/${editionId}/${file}`);
        expect(response.status, file).toBe(404);
        expect(((await response.json()) as { error: string }).error, file).toContain(
          'De kabinetsreactie is nog niet verschenen',
        );
      }
      await page.close();
    });

    it('every redaction proposal is decided; then the letter is sent and published', async () => {
      const page = await workspaceAs(jenv);
      const flow = await tab(page, 'afstemming');
      await expect(flow.locator('.workflow-actions .edit-lock').textContent()).resolves.toContain(w.flow.sendBlocked);
      const woo = await tab(page, 'woo');
      const ids = await woo
        .locator('li.redaction-proposal')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-proposal-id')));
      expect(ids.length).toBeGreaterThan(0);
      await expect(woo.locator('li.redaction-proposal', { hasText: 'Pieter Jansen' }).count()).resolves.toBeGreaterThan(
        0,
      );
      for (const id of ids) {
        const proposal = woo.locator(`li[data-proposal-id="${id}"]`);
        const publicData = ((await proposal.locator('dd').nth(2).textContent()) ?? '') === w.woo.noGround;
        await proposal.getByRole('button', { name: publicData ? w.woo.keep : w.woo.redact, exact: true }).click();
        await woo.locator(`li[data-proposal-id="${id}"].decision-${publicData ? 'keep' : 'redact'}`).waitFor();
      }
      await expect(woo.locator('.woo-progress').textContent()).resolves.toContain(w.woo.allDone);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: shot('woo'), fullPage: true });

      const documents = await tab(page, 'documenten');
      await expect(documents.textContent()).resolves.toContain(w.documents.publicNotYet);
      const internal = await documents
        .getByRole('link', { name: w.documents.internalLetter })
        .first()
        .getAttribute('href');
      expect(internal).toBe(`/api/followup/editions/${editionId}/letter.docx?version=internal`);

      const panel = await tab(page, 'afstemming');
      await step(panel, w.flow.send, w.flow.done.send, () => panel.getByLabel(w.flow.sendDate).fill('2026-03-25'));
      await expect(currentStep(page)).resolves.toBe(w.state.sent);
      await step(panel, w.flow.publish, w.flow.done.publish, () =>
        panel.getByLabel(w.flow.kamerstuk).fill(drafted.kamerstuk),
      );
      await expect(currentStep(page)).resolves.toBe(w.state.published);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: shot('published'), fullPage: true });
      await page.close();
    });

    it('after sending, the public page shows the response and the letter, without the civil servants', async () => {
      await site().signOut();
      const page = await site().open(`/opvolging/editie/${editionId}${w.query}`, 'article.recommendation');
      await expect(page.locator('.embargo-notice').count()).resolves.toBe(0);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(w.publicStance);
      expect(text).toContain('Het kabinet neemt deze aanbeveling over en versterkt de hulp na online seksueel geweld.');
      expect(text).toContain(drafted.kamerstuk);
      for (const name of planted) expect(text).not.toContain(name);
      const letter = page.getByRole('link', { name: w.publicLetter });
      await expect(letter.getAttribute('href')).resolves.toBe(`/api/followup/editions/${editionId}/letter.pdf`);
      const docx = await fetch(`${site().url}/api/followup/editions/${editionId}/letter.docx`);
      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-type')).toContain('wordprocessingml');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: shot('public-after-sending'), fullPage: true });
      await page.close();
    });
  });
}
