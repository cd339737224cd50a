import { type FormEvent, useState } from 'react';
import type { DeliveryVersion, ValidationReport } from '../../deliveries/index.ts';
import type { Language } from '../i18n/index.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import { accessApi, uploadDelivery } from './access-api.ts';
import { accessTexts } from './access-texts.ts';

const recordTypes = ['registration', 'person', 'case_event'] as const;

function ReportView({ report, language }: { report: ValidationReport; language: Language }) {
  const t = accessTexts[language].steward;
  return (
    <section aria-labelledby="report" className="validation-report">
      <h2 id="report">
        {t.report}: {report.delivery.file_name}
      </h2>
      <p role="status">{t.counts(report.counts.read, report.counts.accepted, report.counts.quarantined)}</p>
      {report.rules.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.rule}</th>
              <th scope="col">{t.rows}</th>
              <th scope="col">{t.example}</th>
            </tr>
          </thead>
          <tbody>
            {report.rules.map((r) => (
              <tr key={r.rule} data-rule={r.rule}>
                <th scope="row">{r.rule}</th>
                <td>{r.rowCount}</td>
                <td>{r.rows[0] ? `${r.rows[0].rowNumber}: ${language === 'nl' ? r.rows[0].messageNl : r.rows[0].messageEn}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The data steward: upload a delivery with progress, read its validation report, see every version. */
export function StewardHome({ language }: { language: Language }) {
  const t = accessTexts[language].steward;
  const [round, setRound] = useState(0);
  const { state } = useLoaded(() => accessApi.get<DeliveryVersion[]>('/api/deliveries'), `deliveries-${round}`);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File)) return;
    setError(null);
    setProgress(0);
    try {
      const query = new URLSearchParams({ recordType: String(form.get('recordType')), period: String(form.get('period')), fileName: file.name });
      const result = await uploadDelivery<{ report: ValidationReport }>(query, file, setProgress);
      setProgress(1);
      setReport(result.report);
      setRound((r) => r + 1);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  async function show(id: string) {
    setReport(await accessApi.get<ValidationReport>(`/api/deliveries/${encodeURIComponent(id)}/report`));
  }
  return (
    <>
      <h1>{t.title}</h1>
      <section aria-labelledby="upload">
        <h2 id="upload">{t.upload}</h2>
        <form className="followup-form upload-form" onSubmit={submit}>
          <label>
            {t.recordType}
            <select name="recordType">
              {recordTypes.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <label>
            {t.period}
            <input name="period" required pattern="\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]|\d{4}))?" />
          </label>
          <label className="wide">
            {t.file}
            <input name="file" type="file" required accept=".csv,.jsonl,.ndjson,.xlsx" />
          </label>
          <button type="submit">{t.send}</button>
        </form>
        {progress !== null && (
          <label className="upload-progress">
            {t.progress}
            <progress max={1} value={progress}>
              {Math.round(progress * 100)}%
            </progress>
          </label>
        )}
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </section>
      {report && <ReportView report={report} language={language} />}
      <section aria-labelledby="versions">
        <h2 id="versions">{t.deliveries}</h2>
        {state.status === 'ready' && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.recordType}</th>
                <th scope="col">{t.period}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.counts(0, 0, 0).replace(/\d+ /g, '')}</th>
                <th scope="col">{t.report}</th>
              </tr>
            </thead>
            <tbody>
              {state.value.map((d) => (
                <tr key={d.delivery_id} data-delivery-id={d.delivery_id}>
                  <td>{d.record_type}</td>
                  <td>{d.period}</td>
                  <td>{d.status}</td>
                  <td>{`${d.rows_read} / ${d.rows_accepted} / ${d.rows_quarantined}`}</td>
                  <td>
                    <button type="button" onClick={() => void show(d.delivery_id)} aria-label={`${t.openReport}: ${d.record_type} ${d.period} ${d.file_name}`}>
                      {t.openReport}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
