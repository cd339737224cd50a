import { type FormEvent, type ReactNode, useState } from 'react';
import type { Principal } from '../../access/roles.ts';
import { type Language, searchWithLanguage } from '../i18n/index.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import { accessApi } from './access-api.ts';
import { AccessLayout } from './access-layout.tsx';
import { accessTexts } from './access-texts.ts';

/** Email and password; on success the page that asked for it is shown. */
export function LoginPage({
  language,
  onSignedIn,
  notice,
}: {
  language: Language;
  onSignedIn: (user: Principal, mustChangePassword: boolean) => void;
  /** What a visitor who came for something public should read first (the follow-up's public list). */
  notice?: ReactNode;
}) {
  const t = accessTexts[language];
  const [error, setError] = useState<string | null>(null);
  const sso = useLoaded(() => accessApi.get<{ signInWith: string | null }>('/api/session'), 'sso');
  const signInWith = sso.state.status === 'ready' ? sso.state.value.signInWith : null;
  const refusal = new URLSearchParams(window.location.search).get('sso');
  const refusalText = refusal && refusal in t.sso.refused ? t.sso.refused[refusal as keyof typeof t.sso.refused] : null;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const session = await accessApi.login(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
      const mustChange = session.mustChangePassword === true;
      // a one-time password leads to the account page first, also when signing in elsewhere (the follow-up screen)
      if (session.user && mustChange && !window.location.pathname.startsWith('/werk'))
        window.location.assign(`/werk/account${searchWithLanguage('', language)}`);
      else if (session.user) onSignedIn(session.user, mustChange);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <AccessLayout language={language} user={null} title={t.signInTitle}>
      <h1>{t.signInTitle}</h1>
      {notice}
      <p className="intro">{t.signInIntro}</p>
      {refusalText && (
        <p role="alert" className="form-error">
          {refusalText}
        </p>
      )}
      {signInWith && (
        <>
          <p>
            <a className="sso-sign-in" href={`/api/oidc/start${searchWithLanguage('', language)}`}>
              {t.sso.signInWith(signInWith)}
            </a>
          </p>
          <p>{t.sso.or}</p>
        </>
      )}
      <form className="followup-form login-form" onSubmit={submit}>
        <label>
          {t.email}
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {t.password}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit">{t.signIn}</button>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </AccessLayout>
  );
}
