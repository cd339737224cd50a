import { useState } from 'react';
import type { UserAccount } from '../../access/index.ts';
import { roleLabels } from '../../access/roles.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import type { Language } from '../i18n/index.ts';
import { accessApi } from './access-api.ts';
import { accessTexts } from './access-texts.ts';

type Notice = { kind: 'status'; text: string } | { kind: 'error'; text: string };

/** The administrator's list of accounts with their status, and the buttons that disable, enable or reset them. */
export function AccountManagement({ language, onChange }: { language: Language; onChange: () => void }) {
  const texts = accessTexts[language];
  const t = texts.admin;
  const m = texts.manage;
  const users = useLoaded(() => accessApi.get<UserAccount[]>('/api/admin/users'), 'users');
  const [notice, setNotice] = useState<Notice | null>(null);
  const statusOf = (u: UserAccount) =>
    [
      u.disabledAt ? m.disabled : m.active,
      u.lockedUntil && !u.disabledAt ? m.locked : '',
      u.mustChangePassword ? m.mustChange : '',
    ]
      .filter(Boolean)
      .join(', ');

  async function act(u: UserAccount, verb: 'disable' | 'enable' | 'reset-password') {
    try {
      if (verb === 'reset-password') {
        const reset = await accessApi.post<{ oneTimePassword: string }>(
          `/api/admin/users/${encodeURIComponent(u.userId)}/reset-password`,
          {},
        );
        setNotice({ kind: 'status', text: m.oneTime(u.name, reset.oneTimePassword) });
      } else {
        await accessApi.post<UserAccount>(`/api/admin/users/${encodeURIComponent(u.userId)}/${verb}`, {});
        setNotice({ kind: 'status', text: m.done(u.name, verb === 'disable' ? m.disabled : m.active) });
      }
    } catch (e) {
      setNotice({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
    users.reload();
    onChange();
  }

  return (
    <section aria-labelledby="users">
      <h2 id="users">{t.users}</h2>
      {/* announced politely; a one-time password stays on screen until the next action */}
      <div role="status" className="manage-notice">
        {notice?.kind === 'status' && <p>{notice.text}</p>}
      </div>
      {notice?.kind === 'error' && (
        <p role="alert" className="form-error" lang="en">
          {notice.text}
        </p>
      )}
      {users.state.status === 'error' && (
        <p role="alert" className="form-error" lang="en">
          {users.state.detail}
        </p>
      )}
      {users.state.status === 'ready' && (
        <table className="users-table">
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">E-mail</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.organisation}</th>
              <th scope="col">{m.status}</th>
              <th scope="col">{m.actions}</th>
            </tr>
          </thead>
          <tbody>
            {users.state.value.map((u) => (
              <tr key={u.userId} data-user-email={u.email}>
                <th scope="row">{u.name}</th>
                <td>{u.email}</td>
                <td>{roleLabels[u.role][language]}</td>
                <td>{u.organisation ?? '—'}</td>
                <td className="user-status">{statusOf(u)}</td>
                <td className="user-actions">
                  <button
                    type="button"
                    aria-label={`${u.disabledAt ? m.enable : m.disable}: ${u.name}`}
                    onClick={() => act(u, u.disabledAt ? 'enable' : 'disable')}
                  >
                    {u.disabledAt ? m.enable : m.disable}
                  </button>{' '}
                  <button type="button" aria-label={`${m.reset}: ${u.name}`} onClick={() => act(u, 'reset-password')}>
                    {m.reset}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
