import { type FormEvent, useState } from 'react';
import type { Principal } from '../../access/roles.ts';
import type { Language } from '../i18n/index.ts';
import { accessApi } from './access-api.ts';
import { AccessLayout } from './access-layout.tsx';
import { accessTexts } from './access-texts.ts';

/** Email and password; on success the page that asked for it is shown. */
export function LoginPage({ language, onSignedIn }: { language: Language; onSignedIn: (user: Principal) => void }) {
  const t = accessTexts[language];
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const session = await accessApi.login(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
      if (session.user) onSignedIn(session.user);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <AccessLayout language={language} user={null} title={t.signInTitle}>
      <h1>{t.signInTitle}</h1>
      <p className="intro">{t.signInIntro}</p>
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
