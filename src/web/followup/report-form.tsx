import { useLocale } from '../i18n/index.ts';
import { departmentCodes, departmentNames } from './department-names.ts';
import { followupApiPath } from './followup-api.ts';
import { useOfficerTexts } from './officer-texts.ts';

/** The half-year that ended last: 1 January–30 June or 1 July–31 December. */
function lastHalfYear(today: Date): { from: string; to: string } {
  const y = today.getFullYear();
  return today.getMonth() < 6
    ? { from: `${y - 1}-07-01`, to: `${y - 1}-12-31` }
    : { from: `${y}-01-01`, to: `${y}-06-30` };
}

/**
 * The half-yearly report per ministry as a Word document: a plain GET form, so the browser
 * downloads what GET /api/followup/report.docx answers.
 */
export function ReportForm() {
  const t = useOfficerTexts();
  const r = t.report;
  const { language } = useLocale();
  const period = lastHalfYear(new Date());
  return (
    <section aria-labelledby="report">
      <h2 id="report">{r.heading}</h2>
      <p className="form-hint">{r.intro}</p>
      <form className="followup-form" method="get" action={followupApiPath('report.docx')} aria-labelledby="report">
        <div className="field">
          <label htmlFor="report-ministry">{r.ministry}</label>
          <select id="report-ministry" name="ministry" defaultValue="Justitie en Veiligheid">
            {departmentCodes.map((code) => (
              <option key={code} value={departmentNames[code]?.nl ?? code}>
                {departmentNames[code]?.[language] ?? code}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-from">{r.from}</label>
          <input id="report-from" name="from" type="date" required defaultValue={period.from} />
        </div>
        <div className="field">
          <label htmlFor="report-to">{r.to}</label>
          <input id="report-to" name="to" type="date" required defaultValue={period.to} />
        </div>
        <button type="submit">{r.submit}</button>
      </form>
    </section>
  );
}
