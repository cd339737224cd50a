import { en } from './en.ts';
import type { Language } from './language.ts';
import type { Messages } from './messages.ts';
import { nl } from './nl.ts';

export { type Formatters, formattersFor } from './formatters.ts';
export { defaultLanguage, type Language, languageFromSearch, searchWithLanguage } from './language.ts';
export type { Messages } from './messages.ts';

export const messages: Readonly<Record<Language, Messages>> = { nl, en };
export { type Locale, LocaleContext, useLocale } from './locale-context.ts';
