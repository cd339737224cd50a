import type { FastifyRequest } from 'fastify';
import { escapeHtml } from '../html/index.ts';

export type PageLanguage = 'nl' | 'en';

/**
 * The language of the page a browser asked for: English under /publicatie/en/ or with `?lang=en`
 * (as the app keeps it), Dutch otherwise — the monitor's default, whatever the browser prefers.
 */
export function pageLanguage(url: string): PageLanguage {
  const parsed = new URL(url, 'http://zicht.invalid');
  if (parsed.pathname.startsWith('/publicatie/en/')) return 'en';
  return parsed.searchParams.get('lang') === 'en' ? 'en' : 'nl';
}

/** Answer in HTML: a browser asked for a page (it accepts text/html); /api/… and other clients get JSON. */
export function wantsPage(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/') || request.url === '/api') return false;
  return (request.headers.accept ?? '').includes('text/html');
}

const texts = {
  notFound: {
    nl: {
      title: 'Pagina niet gevonden',
      lead: 'Deze pagina bestaat niet (meer). Misschien is het adres verkeerd overgenomen, of is de editie vervangen door een nieuwe.',
    },
    en: {
      title: 'Page not found',
      lead: 'This page does not exist (any more). Perhaps the address was copied wrongly, or the edition was replaced by a newer one.',
    },
  },
  error: {
    nl: {
      title: 'Er ging iets mis',
      lead: 'De server kon deze pagina nu niet maken. Probeer het later opnieuw; blijft het misgaan, noem dan dit kenmerk:',
    },
    en: {
      title: 'Something went wrong',
      lead: 'The server could not make this page just now. Please try again later; if it keeps happening, quote this reference:',
    },
  },
  links: {
    nl: { monitor: 'Monitor', edition: 'Gepubliceerde editie', followup: 'Edities en opvolging', signIn: 'Inloggen' },
    en: { monitor: 'Monitor', edition: 'Published edition', followup: 'Editions and follow-up', signIn: 'Sign in' },
  },
  goOn: { nl: 'Verder naar', en: 'Go on to' },
} as const;

/** A small self-contained page (the site's stylesheet may be what is missing) with the way back to every part of Zicht. */
export function renderErrorPage(kind: 'notFound' | 'error', lang: PageLanguage, reference?: string): string {
  const t = texts[kind][lang];
  const l = texts.links[lang];
  const q = lang === 'en' ? '?lang=en' : '';
  const edition = lang === 'en' ? '/publicatie/en/index.html' : '/publicatie/';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} — Zicht</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<link rel="stylesheet" href="/publicatie/site.css">
</head>
<body>
<header class="site-header"><p class="site-name"><a href="/${q}">Zicht</a></p></header>
<main id="inhoud">
<h1>${t.title}</h1>
<p>${t.lead}${reference ? ` <code>${escapeHtml(reference)}</code>` : ''}</p>
<nav aria-label="${texts.goOn[lang]}"><h2>${texts.goOn[lang]}</h2><ul>
<li><a href="/${q}">${l.monitor}</a></li>
<li><a href="${edition}">${l.edition}</a></li>
<li><a href="/opvolging/edities${q}">${l.followup}</a></li>
<li><a href="/inloggen${q}">${l.signIn}</a></li>
</ul></nav>
</main>
</body>
</html>
`;
}
