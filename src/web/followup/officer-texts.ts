import { type Language, useLocale } from '../i18n/index.ts';
import { officerTextsEn } from './officer-texts-en.ts';
import { type OfficerTexts, officerTextsNl } from './officer-texts-nl.ts';

export type { OfficerTexts } from './officer-texts-nl.ts';
export const officerTexts: Readonly<Record<Language, OfficerTexts>> = { nl: officerTextsNl, en: officerTextsEn };

/** The officers' screens' texts in the page's language. */
export function useOfficerTexts(): OfficerTexts {
  return officerTexts[useLocale().language];
}
