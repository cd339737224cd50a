import { roleLabels } from '../../access/roles.ts';
import type { AuditEntry, UserAccount } from '../../access/index.ts';
import type { Language } from '../i18n/index.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import { accessApi } from './access-api.ts';
import { accessTexts } from './access-texts.ts';

/** The administrator: every account, and the audit log with a CSV export. */
export function AdminHome({ language }: { language: Language }) {
  const t = accessTexts[language].admin;
  const users = useLoaded(() => accessApi.get<UserAccount[]>('/api/admin/users'), 'users');
  const audit = useLoaded(() => accessApi.get<AuditEntry[]>('/api/admin/audit?limit=50'), 'audit');
  return (
    <>
      <h1>{t.title}</h1>
      <section aria-labelledby="users">
        <h2 id="users">{t.users}</h2>
        {users.state.status === 'ready' && (
          <table className="users-table">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">E-mail</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.organisation}</th>
              </tr>
            </thead>
            <tbody>
              {users.state.value.map((u) => (
                <tr key={u.userId}>
                  <th scope="row">{u.name}</th>
                  <td>{u.email}</td>
                  <td>{roleLabels[u.role][language]}</td>
                  <td>{u.organisation ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="audit">
        <h2 id="audit">{t.audit}</h2>
        <p>
          <a href="/api/admin/audit.csv" download>
            {t.exportCsv}
          </a>
        </p>
        {audit.state.status === 'ready' && (
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.who}</th>
                <th scope="col">{t.action}</th>
                <th scope="col">{t.target}</th>
                <th scope="col">{t.ip}</th>
                <th scope="col">{t.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {audit.state.value.map((e) => (
                <tr key={e.seq}>
                  <td>{e.at}</td>
                  <td>{e.userName ? `${e.userName} (${e.role})` : '—'}</td>
                  <td>{e.action}</td>
                  <td className="audit-target">{e.target}</td>
                  <td>{e.ip}</td>
                  <td>{e.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
