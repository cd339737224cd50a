import type { Lang } from './column-labels.ts';
import { escapeHtml } from '../html/index.ts';
import type { Edition } from './create-edition.ts';
import { hrefFrom, type SitePage, sitePages } from './site-pages.ts';

const text = {
  skip: { nl: 'Naar de inhoud', en: 'Skip to content' },
  menu: { nl: 'Hoofdmenu', en: 'Main menu' },
  language: { nl: 'Taal', en: 'Language' },
  footer: {
    nl: 'Zicht — monitor seksueel geweld tegen kinderen. Deze editie is gemaakt met synthetische gegevens.',
    en: 'Zicht — monitor of sexual violence against children. This edition was made with synthetic data.',
  },
  edition: { nl: 'Editie', en: 'Edition' },
} as const;

/** The frame of every page: skip link, header with menu and language switch, main, footer. */
export function renderPage(page: SitePage, lang: Lang, edition: Edition, body: string): string {
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
<link rel="alternate" hreflang="${other}" href="${hrefFrom(lang, page.file[other])}">
</head>
<body>
<a class="skip-link" href="#inhoud">${text.skip[lang]}</a>
<header class="site-header">
<p class="site-name"><a href="${hrefFrom(lang, sitePages[0]?.file[lang] ?? 'index.html')}">Zicht</a> <span>${text.edition[lang]} ${escapeHtml(edition.title)} (${edition.period.from}–${edition.period.to})</span></p>
<nav aria-label="${text.menu[lang]}"><ul>${menu}</ul></nav>
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
