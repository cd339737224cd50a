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

export function FollowupApp({ route }: { route: FollowupRoute }) {
  return route.page === 'officer' ? <OfficerScreen /> : <PublicEditionPage editionId={route.editionId} />;
}
