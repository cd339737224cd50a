import { type ReactNode, useEffect } from 'react';
import type { Principal } from '../../access/roles.ts';
import { roleLabels } from '../../access/roles.ts';
import { type Language, searchWithLanguage } from '../i18n/index.ts';
import { accessApi } from './access-api.ts';
import { accessTexts } from './access-texts.ts';

/** Header, main and footer of the signed-in pages: who is signed in, sign out, the other language. */
export function AccessLayout({
  language,
  user,
  title,
  children,
}: {
  language: Language;
  user: Principal | null;
  title: string;
  children: ReactNode;
}) {
  const t = accessTexts[language];
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `Zicht — ${title}`;
  }, [language, title]);
  const other: Language = language === 'nl' ? 'en' : 'nl';
  async function signOut() {
    await accessApi.logout();
    window.location.assign(`/inloggen${searchWithLanguage('', language)}`);
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <header className="site-header">
        <div className="page-width site-header-inner">
          <p className="brand">
            <span className="brand-name">Zicht</span>
            <span className="brand-tagline">{t.brandTagline}</span>
          </p>
          <nav aria-label={t.brandTagline} className="followup-nav">
            <a href={`/${searchWithLanguage('', language)}`}>{t.monitor}</a>
            <a href={`${window.location.pathname}${searchWithLanguage(window.location.search, other)}`} lang={other}>
              {t.switchTo}
            </a>
            {user && <a href={`/werk/account${searchWithLanguage('', language)}`}>{t.account.nav}</a>}
            {user && (
              <button type="button" className="language-switch" onClick={signOut}>
                {t.signOut}
              </button>
            )}
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page-width">
        {user && <p className="signed-in">{t.signedInAs(user.name, roleLabels[user.role][language])}</p>}
        {children}
      </main>
    </>
  );
}
