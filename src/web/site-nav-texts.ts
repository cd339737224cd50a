import type { Language } from './i18n/index.ts';

/** The texts of the header's links and of the public editions page, kept beside them. */
export const siteNavTexts = {
  nl: {
    navLabel: 'Hoofdmenu',
    monitor: 'Monitor',
    edition: 'Gepubliceerde editie',
    followup: 'Opvolging',
    signIn: 'Inloggen',
    editionsTitle: 'Edities en opvolging',
    editionsDocumentTitle: 'Edities en opvolging — Zicht',
    editionsIntro:
      'Zicht publiceert de monitor als vaste editie: de cijfers van een periode, zoals de ketenpartners ze op een datum hadden aangeleverd. Per editie volgt Zicht wat het kabinet toezegde.',
    publishedHeading: 'Gepubliceerde editie van de monitor',
    publishedNone: 'Er is nog geen editie gepubliceerd.',
    publishedItem: (title: string, from: number, to: number, date: string) =>
      `${title} (${from}–${to}), gepubliceerd op ${date}`,
    followupHeading: 'Opvolging van de toezeggingen',
    followupIntro:
      'De openbare stand van de toezeggingen per editie: wat beloofd is, door wie, en wat er van terechtkwam.',
    followupNone: 'Er zijn nog geen edities met toezeggingen.',
    followupItem: (title: string, from: number, to: number) => `${title} (${from}–${to})`,
    loadError: 'De lijst kon niet worden geladen. Probeer het later opnieuw.',
    loading: 'Bezig met laden…',
  },
  en: {
    navLabel: 'Main menu',
    monitor: 'Monitor',
    edition: 'Published edition',
    followup: 'Follow-up',
    signIn: 'Sign in',
    editionsTitle: 'Editions and follow-up',
    editionsDocumentTitle: 'Editions and follow-up — Zicht',
    editionsIntro:
      'Zicht publishes the monitor as fixed editions: the figures of a period as the chain partners had delivered them on a date. For each edition, Zicht follows what the cabinet promised.',
    publishedHeading: 'Published edition of the monitor',
    publishedNone: 'No edition has been published yet.',
    publishedItem: (title: string, from: number, to: number, date: string) =>
      `${title} (${from}–${to}), published on ${date}`,
    followupHeading: 'Follow-up of the commitments',
    followupIntro: 'The public state of the commitments per edition: what was promised, by whom, and what came of it.',
    followupNone: 'There are no editions with commitments yet.',
    followupItem: (title: string, from: number, to: number) => `${title} (${from}–${to})`,
    loadError: 'The list could not be loaded. Please try again later.',
    loading: 'Loading…',
  },
} as const satisfies Record<Language, unknown>;

/** Where each part of Zicht lives, in the reader's language (the app keeps it in `?lang=en`). */
export function siteNavHrefs(language: Language) {
  const lang = language === 'en' ? '?lang=en' : '';
  return {
    monitor: `/${lang}`,
    edition: language === 'en' ? '/publicatie/en/index.html' : '/publicatie/',
    followup: `/opvolging/edities${lang}`,
    signIn: `/inloggen${lang}`,
  };
}

/** The path of the public list of editions. */
export const publicEditionsPath = '/opvolging/edities';
