import type { ReactNode } from 'react';

/** Header, main and footer for the follow-up pages, in the monitor's look. */
/** `internal` pages link to the officer's screen; public pages link only to the monitor. */
export function FollowupLayout({ children, tagline, internal = false }: { children: ReactNode; tagline: string; internal?: boolean }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Naar de inhoud
      </a>
      <header className="site-header">
        <div className="page-width site-header-inner">
          <p className="brand">
            <span className="brand-name">Zicht</span>
            <span className="brand-tagline">{tagline}</span>
          </p>
          <nav aria-label="Opvolging" className="followup-nav">
            <a href="/">Monitor</a>
            {internal && <a href="/opvolging">Toezeggingen</a>}
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page-width">
        {children}
      </main>
      <footer className="site-footer">
        <div className="page-width">
          <p>Zicht volgt wat het kabinet de Tweede Kamer heeft toegezegd naar aanleiding van de monitor van de Nationaal Rapporteur. Demodata: feiten uit openbare stukken, in eigen woorden; ambtenaren zijn fictief.</p>
        </div>
      </footer>
    </>
  );
}

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`status-badge status-${status}`}>{label}</span>;
}
