import type { Lang } from './column-labels.ts';
import { escapeHtml } from '../html/index.ts';
import type { Edition } from './create-edition.ts';
import { hrefFrom, type SitePage, sitePages } from './site-pages.ts';

const text = {
  skip: { nl: 'Naar de inhoud', en: 'Skip to content' },
  language: { nl: 'Taal', en: 'Language' },
  footer: {
    nl: 'Zicht — monitor seksueel geweld tegen kinderen. Deze editie is gemaakt met synthetische gegevens.',
    en: 'Zicht — monitor of sexual violence against children. This edition was made with synthetic data.',
  },
  edition: { nl: 'Editie', en: 'Edition' },
  zicht: { nl: 'Zicht', en: 'Zicht' },
  thisEdition: { nl: 'In deze editie', en: 'In this edition' },
  monitor: { nl: 'Monitor (actueel)', en: 'Monitor (live)' },
  published: { nl: 'Gepubliceerde editie', en: 'Published edition' },
  followup: { nl: 'Opvolging', en: 'Follow-up' },
  signIn: { nl: 'Inloggen', en: 'Sign in' },
} as const;

/**
 * The parts of Zicht outside this site, which the Zicht server serves beside /publicatie/: the live
 * monitor, the public list of editions and follow-up, and sign-in (root-relative, in the page's language).
 */
export const appLinks = (lang: Lang) => {
  const query = lang === 'en' ? '?lang=en' : '';
  return { monitor: `/${query}`, followup: `/opvolging/edities${query}`, signIn: `/inloggen${query}` } as const;
};

/** The bar that links this edition with the rest of Zicht. */
function zichtNav(lang: Lang): string {
  const app = appLinks(lang);
  const home = hrefFrom(lang, sitePages[0]?.file[lang] ?? 'index.html');
  return `<nav class="zicht-nav" aria-label="${text.zicht[lang]}"><ul>
<li><a href="${app.monitor}">${text.monitor[lang]}</a></li>
<li><a href="${home}" aria-current="true">${text.published[lang]}</a></li>
<li><a href="${app.followup}">${text.followup[lang]}</a></li>
<li><a href="${app.signIn}">${text.signIn[lang]}</a></li>
</ul></nav>`;
}

/** The edition as the header names it: its title, and its period unless the title already says it. */
export function editionName(edition: {
  readonly title: string;
  readonly period: { readonly from: number; readonly to: number };
}): string {
  const period = `${edition.period.from}–${edition.period.to}`;
  return edition.title.includes(period) ? edition.title : `${edition.title} (${period})`;
}

/** The frame of every page: skip link, header with the way to the rest of Zicht, menu and language switch, main, footer. */
export function renderPage(
  page: SitePage,
  lang: Lang,
  edition: Edition,
  body: string,
  options: { readonly scripts?: readonly string[] } = {},
): string {
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  const menu = sitePages
    .map(
      (p) =>
        `<li><a href="${hrefFrom(lang, p.file[lang])}"${p.key === page.key ? ' aria-current="page"' : ''}>${escapeHtml(p.title[lang])}</a></li>`,
    )
    .join('');
  const switchLabel = other === 'en' ? 'English' : 'Nederlands';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title[lang])} — Zicht ${escapeHtml(edition.title)}</title>
<link rel="stylesheet" href="${hrefFrom(lang, 'site.css')}">
<link rel="icon" href="${hrefFrom(lang, 'favicon.svg')}" type="image/svg+xml">
<link rel="alternate" hreflang="${other}" href="${hrefFrom(lang, page.file[other])}">
${(options.scripts ?? []).map((src) => `<script src="${hrefFrom(lang, src)}" defer></script>`).join('\n')}
</head>
<body>
<a class="skip-link" href="#inhoud">${text.skip[lang]}</a>
<header class="site-header">
${zichtNav(lang)}
<p class="site-name"><a href="${hrefFrom(lang, sitePages[0]?.file[lang] ?? 'index.html')}">Zicht</a> <span>${text.edition[lang]} ${escapeHtml(editionName(edition))}</span></p>
<nav class="edition-nav" aria-label="${text.thisEdition[lang]}"><ul>${menu}</ul></nav>
<p class="language-switch"><span class="visually-hidden">${text.language[lang]}: </span><a href="${hrefFrom(lang, page.file[other])}" hreflang="${other}" lang="${other}">${switchLabel}</a></p>
</header>
<main id="inhoud" tabindex="-1">
${body}
</main>
<footer class="site-footer"><p>${text.footer[lang]}</p></footer>
</body>
</html>
`;
}
