import './site-nav.css';
import type { Language } from './i18n/index.ts';
import { siteNavHrefs, siteNavTexts } from './site-nav-texts.ts';

export type SiteNavPlace = 'monitor' | 'followup' | 'signIn';

/**
 * The links every public page of the app carries: the live monitor, the published edition, the
 * public follow-up and sign-in. The page the reader is on is marked with aria-current.
 */
export function SiteNav({ language, current }: { language: Language; current: SiteNavPlace }) {
  const t = siteNavTexts[language];
  const href = siteNavHrefs(language);
  const link = (place: SiteNavPlace | 'edition', text: string) => (
    <a href={href[place]} aria-current={place === current ? 'page' : undefined}>
      {text}
    </a>
  );
  return (
    <nav aria-label={t.navLabel} className="followup-nav site-nav">
      {link('monitor', t.monitor)}
      {link('edition', t.edition)}
      {link('followup', t.followup)}
      {link('signIn', t.signIn)}
    </nav>
  );
}
