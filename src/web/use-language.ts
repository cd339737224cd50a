import { useCallback, useEffect, useState } from 'react';
import { type Language, languageFromSearch, messages, searchWithLanguage } from './i18n/index.ts';

/**
 * The page language, kept in the URL (`?lang=en`, Dutch without a parameter) so a link or a
 * reload keeps it; also sets `<html lang>` and the document title.
 */
export function useLanguage(): [Language, (language: Language) => void] {
  const [language, setLanguage] = useState<Language>(() => languageFromSearch(window.location.search));

  useEffect(() => {
    const onPopState = () => setLanguage(languageFromSearch(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = messages[language].documentTitle;
  }, [language]);

  const switchLanguage = useCallback((next: Language) => {
    const { pathname, search, hash } = window.location;
    window.history.pushState(null, '', `${pathname}${searchWithLanguage(search, next)}${hash}`);
    setLanguage(next);
  }, []);

  return [language, switchLanguage];
}
