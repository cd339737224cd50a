import { type FormEvent, useState } from 'react';
import { minimumPasswordLength } from '../../access/password-problems.ts';
import { type Language, searchWithLanguage } from '../i18n/index.ts';
import { accessApi } from './access-api.ts';
import { accessTexts } from './access-texts.ts';

type Outcome = { kind: 'idle' } | { kind: 'error'; messages: string[]; fromServer: boolean } | { kind: 'changed' };

/**
 * Every signed-in user's account page: choose a new password with the current one. After an
 * administrator's reset it is the only page, until the one-time password is replaced.
 */
export function AccountPage({ language, mustChangePassword }: { language: Language; mustChangePassword: boolean }) {
  const t = accessTexts[language].account;
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    const messages: string[] = [];
    if ([...newPassword].length < minimumPasswordLength) messages.push(t.tooShort(minimumPasswordLength));
    if (newPassword !== String(form.get('repeatPassword') ?? '')) messages.push(t.mismatch);
    if (messages.length > 0) return setOutcome({ kind: 'error', messages, fromServer: false });
    try {
      await accessApi.post('/api/account/password', { currentPassword, newPassword });
      formElement.reset();
      setOutcome({ kind: 'changed' });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      if (detail.includes('currentPassword: this is not'))
        setOutcome({ kind: 'error', messages: [t.wrongCurrent], fromServer: false });
      else if (detail.includes('one-time password'))
        setOutcome({ kind: 'error', messages: [t.notTheOneTime], fromServer: false });
      else setOutcome({ kind: 'error', messages: [detail], fromServer: true });
    }
  }
  const invalid = outcome.kind === 'error' ? true : undefined;
  return (
    <>
      <h1>{t.title}</h1>
      {mustChangePassword && <p className="intro account-must-change">{t.mustChange}</p>}
      <form className="followup-form account-form" onSubmit={submit} aria-describedby="password-rule">
        <p id="password-rule" className="wide">
          {t.rule(minimumPasswordLength)}
        </p>
        <label>
          {t.current}
          <input
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={invalid}
          />
        </label>
        <label>
          {t.new}
          <input
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={minimumPasswordLength}
            aria-invalid={invalid}
          />
        </label>
        <label>
          {t.repeat}
          <input name="repeatPassword" type="password" autoComplete="new-password" required aria-invalid={invalid} />
        </label>
        <button type="submit">{t.change}</button>
      </form>
      {outcome.kind === 'error' && (
        <div role="alert" className="form-error">
          {outcome.messages.map((m) => (
            <p key={m} lang={outcome.fromServer ? 'en' : undefined}>
              {m}
            </p>
          ))}
        </div>
      )}
      {outcome.kind === 'changed' && (
        <>
          <p role="status" className="account-changed">
            {t.changed}
          </p>
          <p>
            <a href={`/werk${searchWithLanguage('', language)}`}>{t.continue}</a>
          </p>
        </>
      )}
    </>
  );
}
