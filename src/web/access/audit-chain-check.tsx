import { useState } from 'react';
import type { AuditChainReport } from '../../access/audit-chain.ts';
import type { Language } from '../i18n/index.ts';
import { accessApi } from './access-api.ts';
import { accessTexts } from './access-texts.ts';

type Check = { kind: 'idle' } | { kind: 'done'; report: AuditChainReport } | { kind: 'error'; detail: string };

/** A button that recomputes the audit log's hash chain on the server and says whether it holds. */
export function AuditChainCheck({ language }: { language: Language }) {
  const t = accessTexts[language].chain;
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  async function verify() {
    try {
      setCheck({ kind: 'done', report: await accessApi.get<AuditChainReport>('/api/admin/audit/verify') });
    } catch (e) {
      setCheck({ kind: 'error', detail: e instanceof Error ? e.message : String(e) });
    }
  }
  const report = check.kind === 'done' ? check.report : null;
  return (
    <div className="audit-chain-check">
      <button type="button" onClick={verify}>
        {t.verify}
      </button>
      <div role="status">
        {report?.ok && (
          <p className="audit-chain-intact">
            {t.intact(report.rows, report.head?.seq ?? null, report.head?.hash ?? null)}
          </p>
        )}
      </div>
      {report && !report.ok && (
        <p role="alert" className="form-error">
          {t.broken(report.firstBroken.seq)}
        </p>
      )}
      {check.kind === 'error' && (
        <p role="alert" className="form-error" lang="en">
          {check.detail}
        </p>
      )}
    </div>
  );
}
