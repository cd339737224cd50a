import { useEffect, useMemo } from 'react';
import { RequireRole } from '../access/workspace-app.tsx';
import {
  followupMessages,
  formattersFor,
  type Locale,
  LocaleContext,
  languageFromSearch,
  messages,
  searchWithLanguage,
} from '../i18n/index.ts';
import { useLanguage } from '../use-language.ts';
import { FollowupLayout } from './followup-layout.tsx';
import { OfficerScreen } from './officer-screen.tsx';
import { PublicEditionPage } from './public-edition-page.tsx';

export type FollowupRoute = { page: 'officer' } | { page: 'edition'; editionId: string };

/** `/opvolging` → the officer's screen; `/opvolging/editie/:id` → the public page; anything else → null. */
export function followupRouteFor(pathname: string): FollowupRoute | null {
  const path = pathname.replace(/\/+$/, '');
  if (path === '/opvolging') return { page: 'officer' };
  const match = path.match(/^\/opvolging\/editie\/([^/]+)$/);
  return match?.[1] ? { page: 'edition', editionId: decodeURIComponent(match[1]) } : null;
}

/** The officer's screen needs a signed-in policy officer (else the sign-in page); the public pages need nobody. */
export function FollowupApp({ route }: { route: FollowupRoute }) {
  if (route.page === 'officer')
    return (
      <RequireRole needs="officer" signInNotice={<PublicListNotice />}>
        {(user) => <FollowupPages route={route} officerName={user.name} />}
      </RequireRole>
    );
  return <FollowupPages route={route} officerName="" />;
}

/** For the public at /opvolging: their follow-up needs no sign-in; a link to the list of editions, first. */
function PublicListNotice() {
  const language = languageFromSearch(window.location.search);
  const t = followupMessages[language];
  return (
    <aside className="public-list-notice" aria-labelledby="public-list-link">
      <p>{t.publicListNotice}</p>
      <p>
        <a id="public-list-link" href={`/opvolging/edities${searchWithLanguage('', language)}`}>
          {t.publicListLink}
        </a>
      </p>
    </aside>
  );
}

/** The follow-up pages in Dutch or English (`?lang=en`), like the monitor. */
function FollowupPages({ route, officerName }: { route: FollowupRoute; officerName: string }) {
  const [language, switchLanguage] = useLanguage();
  const locale = useMemo<Locale>(
    () => ({ language, t: messages[language], format: formattersFor(language) }),
    [language],
  );
  const t = followupMessages[language];
  const officer = route.page === 'officer';
  const title = officer ? t.officerDocumentTitle : t.editionDocumentTitle(route.editionId);
  // useLanguage gives the page the monitor's title; this effect runs after it and names this page.
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <LocaleContext value={locale}>
      <FollowupLayout
        tagline={officer ? t.officerTagline : t.editionTagline}
        internal={officer}
        onSwitchLanguage={switchLanguage}
      >
        {officer ? <OfficerScreen officerName={officerName} /> : <PublicEditionPage editionId={route.editionId} />}
      </FollowupLayout>
    </LocaleContext>
  );
}
