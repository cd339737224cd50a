import { en } from './en.ts';
import { followupEn } from './followup-en.ts';
import type { FollowupMessages } from './followup-messages.ts';
import { followupNl } from './followup-nl.ts';
import type { Language } from './language.ts';
import type { Messages } from './messages.ts';
import { nl } from './nl.ts';

export { type Formatters, formattersFor } from './formatters.ts';
export { defaultLanguage, type Language, languageFromSearch, searchWithLanguage } from './language.ts';
export type { FollowupMessages } from './followup-messages.ts';
export type { Messages } from './messages.ts';

export const messages: Readonly<Record<Language, Messages>> = { nl, en };
/** The follow-up pages' texts (`/opvolging`), kept apart from the monitor's. */
export const followupMessages: Readonly<Record<Language, FollowupMessages>> = { nl: followupNl, en: followupEn };
export { type Locale, LocaleContext, useLocale } from './locale-context.ts';
