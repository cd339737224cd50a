import type { AuditEntry } from '../../access/index.ts';
import type { Language } from '../i18n/index.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import { accessApi } from './access-api.ts';
import { accessTexts } from './access-texts.ts';
import { AccountManagement } from './account-management.tsx';
import { AuditChainCheck } from './audit-chain-check.tsx';

/** The administrator: every account (disable, enable, reset a password), and the audit log with a CSV export. */
export function AdminHome({ language }: { language: Language }) {
  const t = accessTexts[language].admin;
  const audit = useLoaded(() => accessApi.get<AuditEntry[]>('/api/admin/audit?limit=50'), 'audit');
  return (
    <>
      <h1>{t.title}</h1>
      <AccountManagement language={language} onChange={audit.reload} />
      <section aria-labelledby="audit">
        <h2 id="audit">{t.audit}</h2>
        <p>
          <a href="/api/admin/audit.csv" download>
            {t.exportCsv}
          </a>
        </p>
        <AuditChainCheck language={language} />
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
