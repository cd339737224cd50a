/** The languages the monitor publishes in; Dutch is the default. */
export type Language = 'nl' | 'en';

export const defaultLanguage: Language = 'nl';

/** Reads the language from a query string such as `?lang=en`; anything else means Dutch. */
export function languageFromSearch(search: string): Language {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : defaultLanguage;
}

/** The query string for a language, keeping other parameters; Dutch leaves `lang` out. */
export function searchWithLanguage(search: string, language: Language): string {
  const params = new URLSearchParams(search);
  if (language === defaultLanguage) params.delete('lang');
  else params.set('lang', language);
  const query = params.toString();
  return query ? `?${query}` : '';
}
