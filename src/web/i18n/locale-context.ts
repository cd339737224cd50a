import { createContext, useContext } from 'react';
import { type Formatters, formattersFor } from './formatters.ts';
import type { Language } from './language.ts';
import type { Messages } from './messages.ts';
import { nl } from './nl.ts';

/** The page's language with its texts and number/date formatters. */
export type Locale = { readonly language: Language; readonly t: Messages; readonly format: Formatters };

export const LocaleContext = createContext<Locale>({ language: 'nl', t: nl, format: formattersFor('nl') });

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
