import type { Label } from '../contract/index.ts';
import type { Lang } from './column-labels.ts';
import { siteThemes } from './site-themes.ts';

/** A page of the site: its file in each language (relative to the site root) and its title. */
export type SitePage = { readonly key: string; readonly file: Label; readonly title: Label };

const pageFile = (nl: string, en: string): Label => ({ nl: `${nl}.html`, en: `en/${en}.html` });

export const homePage: SitePage = {
  key: 'home',
  file: pageFile('index', 'index'),
  title: { nl: 'Overzicht', en: 'Overview' },
};
export const methodsPage: SitePage = {
  key: 'methods',
  file: pageFile('methode', 'methods'),
  title: { nl: 'Methode', en: 'Methods' },
};
export const explorerPage: SitePage = {
  key: 'tables',
  file: pageFile('tabellen', 'tables'),
  title: { nl: 'Tabellen verkennen', en: 'Explore the tables' },
};
export const printPage: SitePage = {
  key: 'print',
  file: pageFile('afdrukken', 'print'),
  title: { nl: 'Afdrukversie', en: 'Print version' },
};
export const themePages: readonly SitePage[] = siteThemes.map((t) => ({
  key: t.slug.en,
  file: pageFile(t.slug.nl, t.slug.en),
  title: t.title,
}));

/** Every page in menu order. */
export const sitePages: readonly SitePage[] = [homePage, ...themePages, explorerPage, methodsPage, printPage];

/** A link from a page in `from` to a file given relative to the site root. */
export const hrefFrom = (from: Lang, rootRelative: string): string =>
  from === 'en' ? `../${rootRelative}` : rootRelative;
