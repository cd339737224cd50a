import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { Principal, Role } from '../../access/roles.ts';
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
import { officerTexts } from './officer-texts.ts';
import { PublicEditionPage } from './public-edition-page.tsx';

// Only officers open a workspace: its code is loaded when one is opened, not with every public page.
const EditionWorkspacePage = lazy(() =>
  import('./edition-workspace-page.tsx').then((m) => ({ default: m.EditionWorkspacePage })),
);

export type FollowupRoute =
  | { page: 'officer' }
  | { page: 'edition'; editionId: string }
  | { page: 'workspace'; editionId: string };

/**
 * `/opvolging` → the officer's screen; `/opvolging/editie/:id` → the public page;
 * `/opvolging/editie/:id/werk` → the edition's workspace; anything else → null.
 */
export function followupRouteFor(pathname: string): FollowupRoute | null {
  const path = pathname.replace(/\/+$/, '');
  if (path === '/opvolging') return { page: 'officer' };
  const match = path.match(/^\/opvolging\/editie\/([^/]+)(\/werk)?$/);
  if (!match?.[1]) return null;
  const editionId = decodeURIComponent(match[1]);
  return match[2] ? { page: 'workspace', editionId } : { page: 'edition', editionId };
}

/** Who works in the officers' screens: officers, the minister's office (which decides) and administrators. */
const officerRoles: readonly Role[] = ['officer', 'minister-office', 'administrator'];

/** The officers' screens need a signed-in officer (else the sign-in page); the public pages need nobody. */
export function FollowupApp({ route }: { route: FollowupRoute }) {
  if (route.page !== 'edition')
    return (
      <RequireRole needs={officerRoles} signInNotice={route.page === 'officer' ? <PublicListNotice /> : undefined}>
        {(user) => <FollowupPages route={route} user={user} />}
      </RequireRole>
    );
  return <FollowupPages route={route} user={null} />;
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
function FollowupPages({ route, user }: { route: FollowupRoute; user: Principal | null }) {
  const [language, switchLanguage] = useLanguage();
  const locale = useMemo<Locale>(
    () => ({ language, t: messages[language], format: formattersFor(language) }),
    [language],
  );
  const t = followupMessages[language];
  const officer = route.page !== 'edition';
  const title =
    route.page === 'officer'
      ? t.officerDocumentTitle
      : route.page === 'workspace'
        ? officerTexts[language].workspace.documentTitle(route.editionId)
        : t.editionDocumentTitle(route.editionId);
  const tagline =
    route.page === 'officer'
      ? t.officerTagline
      : route.page === 'workspace'
        ? officerTexts[language].workspace.tagline
        : t.editionTagline;
  // useLanguage gives the page the monitor's title; this effect runs after it and names this page.
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <LocaleContext value={locale}>
      <FollowupLayout tagline={tagline} internal={officer} onSwitchLanguage={switchLanguage}>
        {route.page === 'officer' && user ? (
          <OfficerScreen officer={user} />
        ) : route.page === 'workspace' && user ? (
          <Suspense fallback={<p className="load-status">{t.loading}</p>}>
            <EditionWorkspacePage editionId={route.editionId} user={user} />
          </Suspense>
        ) : route.page === 'edition' ? (
          <PublicEditionPage editionId={route.editionId} />
        ) : null}
      </FollowupLayout>
    </LocaleContext>
  );
}
