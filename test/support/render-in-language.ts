import { parseHTML } from 'linkedom';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { formattersFor, type Language, LocaleContext, messages } from '../../src/web/i18n/index.ts';

/**
 * A component as static markup in a page of the given language, parsed to a document (no chart:
 * Plot draws only in a browser, after layout).
 */
export function renderInLanguage(element: ReactElement, language: Language): Document {
  const locale = { language, t: messages[language], format: formattersFor(language) };
  const markup = renderToStaticMarkup(createElement(LocaleContext, { value: locale }, element));
  return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;
}
