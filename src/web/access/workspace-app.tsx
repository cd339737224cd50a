import type { ReactNode } from 'react';
import { type Principal, type Role, roleLabels } from '../../access/roles.ts';
import { languageFromSearch } from '../i18n/index.ts';
import { AccessLayout } from './access-layout.tsx';
import { AccountPage } from './account-page.tsx';
import { accessTexts } from './access-texts.ts';
import { AdminHome } from './admin-home.tsx';
import { analystWorkspace } from './analyst-workspace.tsx';
import { LoginPage } from './login-page.tsx';
import { StewardHome } from './steward-home.tsx';
import { useSession } from './use-session.ts';

/** `/inloggen` and `/werk`: sign in, then the home page of the user's role. */
export function WorkspaceApp() {
  const language = languageFromSearch(window.location.search);
  const t = accessTexts[language];
  const { session, signedIn } = useSession();
  if (session.status !== 'ready') {
    return (
      <AccessLayout language={language} user={null} title={t.signInTitle}>
        <p role={session.status === 'error' ? 'alert' : 'status'}>
          {session.status === 'error' ? session.detail : t.loading}
        </p>
      </AccessLayout>
    );
  }
  const user = session.user;
  if (!user) return <LoginPage language={language} onSignedIn={signedIn} />;
  // after an administrator's reset the account page is the only page, until a new password is chosen
  if (session.mustChangePassword || window.location.pathname === '/werk/account') {
    return (
      <AccessLayout language={language} user={user} title={t.account.title}>
        <AccountPage language={language} mustChangePassword={session.mustChangePassword} />
      </AccessLayout>
    );
  }
  // the minister's office works in the same follow-up screens as the officers who prepare its decisions
  if (user.role === 'officer' || user.role === 'minister-office') {
    const label = roleLabels[user.role][language];
    const title = user.role === 'officer' ? t.officer.title : `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
    return (
      <AccessLayout language={language} user={user} title={title}>
        <h1>{title}</h1>
        <p>
          <a href="/opvolging">{t.officer.go}</a>
        </p>
      </AccessLayout>
    );
  }
  const homes: Record<Exclude<Role, 'officer' | 'minister-office'>, { title: string; page: ReactNode }> = {
    steward: { title: t.steward.title, page: <StewardHome language={language} /> },
    analyst: analystWorkspace(window.location.pathname, language),
    administrator: { title: t.admin.title, page: <AdminHome language={language} /> },
  };
  const home = homes[user.role];
  return (
    <AccessLayout language={language} user={user} title={home.title}>
      {home.page}
    </AccessLayout>
  );
}

/** Shows the page to a signed-in user whose role is `needs` (or one of them); everyone else gets the sign-in page first. */
export function RequireRole({
  needs,
  children,
  signInNotice,
}: {
  needs: Role | readonly Role[];
  children: (user: Principal) => ReactNode;
  /** Shown above the sign-in form to whoever is not signed in with the role. */
  signInNotice?: ReactNode;
}) {
  const language = languageFromSearch(window.location.search);
  const { session, signedIn } = useSession();
  if (session.status === 'loading') return null;
  if (session.status === 'ready' && session.user && session.mustChangePassword) {
    return (
      <AccessLayout language={language} user={session.user} title={accessTexts[language].account.title}>
        <AccountPage language={language} mustChangePassword />
      </AccessLayout>
    );
  }
  const allowed: readonly Role[] = typeof needs === 'string' ? [needs] : needs;
  if (session.status === 'ready' && session.user && allowed.includes(session.user.role))
    return <>{children(session.user)}</>;
  return <LoginPage language={language} onSignedIn={signedIn} notice={signInNotice} />;
}
