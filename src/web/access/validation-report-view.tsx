import type { Ref } from 'react';
import type { ValidationReport } from '../../deliveries/index.ts';
import type { Language } from '../i18n/index.ts';
import { accessTexts } from './access-texts.ts';

/** A delivery's validation report: its counts and, per broken rule, how many rows and one example. The heading takes focus. */
export function ValidationReportView({
  report,
  language,
  headingRef,
}: {
  report: ValidationReport;
  language: Language;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const t = accessTexts[language].steward;
  return (
    <section aria-labelledby="report" className="validation-report">
      <h2 id="report" ref={headingRef} tabIndex={-1}>
        {t.report}: {report.delivery.file_name}
      </h2>
      <p role="status">{t.counts(report.counts.read, report.counts.accepted, report.counts.quarantined)}</p>
      {report.rules.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.rule}</th>
                <th scope="col" className="numeric">
                  {t.rows}
                </th>
                <th scope="col">{t.example}</th>
              </tr>
            </thead>
            <tbody>
              {report.rules.map((r) => (
                <tr key={r.rule} data-rule={r.rule}>
                  <th scope="row">{r.rule}</th>
                  <td className="numeric">{r.rowCount}</td>
                  <td>
                    {r.rows[0]
                      ? `${r.rows[0].rowNumber}: ${language === 'nl' ? r.rows[0].messageNl : r.rows[0].messageEn}`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
