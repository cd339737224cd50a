import type { ReactNode } from 'react';
import type { Language } from '../i18n/index.ts';
import { useLocale } from '../i18n/index.ts';
import { LanguageSwitch } from '../language-switch.tsx';
import { useFollowupLocale } from './use-followup-locale.ts';

/**
 * Header, main and footer for the follow-up pages, in the monitor's look and with its language
 * switch. Every page links to the monitor and the public list of editions; `internal` pages also
 * to the officer's screen.
 */
export function FollowupLayout({
  children,
  tagline,
  internal = false,
  onSwitchLanguage,
}: {
  children: ReactNode;
  tagline: string;
  internal?: boolean;
  onSwitchLanguage: (language: Language) => void;
}) {
  const { t: monitor } = useLocale();
  const { t, href } = useFollowupLocale();
  return (
    <>
      <a className="skip-link" href="#main">
        {monitor.skipLink}
      </a>
      <header className="site-header">
        <div className="page-width site-header-inner">
          <p className="brand">
            <span className="brand-name">{monitor.brand}</span>
            <span className="brand-tagline">{tagline}</span>
          </p>
          <div className="followup-header-actions">
            <nav aria-label={t.navLabel} className="followup-nav">
              <a href={href('/')}>{t.navMonitor}</a>
              <a href={href('/opvolging/edities')}>{t.navEditions}</a>
              {internal && <a href={href('/opvolging')}>{t.navCommitments}</a>}
            </nav>
            <LanguageSwitch onSwitch={onSwitchLanguage} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page-width">
        {children}
      </main>
      <footer className="site-footer">
        <div className="page-width">
          <p>{t.footer}</p>
        </div>
      </footer>
    </>
  );
}

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`status-badge status-${status}`}>{label}</span>;
}
