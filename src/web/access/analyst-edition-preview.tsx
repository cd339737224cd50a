import { useState } from 'react';
import type { EditionPreview } from '../../server/edition-routes.ts';
import type { Language } from '../i18n/index.ts';
import { analystTexts } from './analyst-texts.ts';

type PreviewTable = EditionPreview['tables'][number];

/** An edition's tables as they would be published: suppressed rows keep their breakdown and say why their numbers are withheld. */
export function AnalystEditionPreview({ preview, language }: { preview: EditionPreview; language: Language }) {
  const t = analystTexts[language].editions;
  const number = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  const d = preview.disclosure;
  return (
    <>
      <h3>{t.disclosure}</h3>
      <dl className="disclosure-summary">
        <div>
          <dt>{t.threshold}</dt>
          <dd>{number.format(d.threshold)}</dd>
        </div>
        <div>
          <dt>{t.tables}</dt>
          <dd>{number.format(d.tables)}</dd>
        </div>
        <div>
          <dt>{t.cells}</dt>
          <dd>{number.format(d.cells)}</dd>
        </div>
        <div>
          <dt>{t.noise}</dt>
          <dd>{t.noiseValue(d.maxNoise)}</dd>
        </div>
        <div>
          <dt>{t.changed}</dt>
          <dd>{d.published === 0 ? '–' : `${number.format(Math.round((1000 * d.changed) / d.published) / 10)}%`}</dd>
        </div>
        <div>
          <dt>{t.meanChange}</dt>
          <dd>{number.format(Math.round(d.meanAbsoluteChange * 100) / 100)}</dd>
        </div>
        <div>
          <dt>{t.suppressedBy}</dt>
          <dd>
            <ul>
              {(['threshold', 'dominance', 'secondary'] as const).map((reason) => (
                <li key={reason} data-reason={reason}>
                  {t.reasonsShort[reason]}: {number.format(d.suppressed[reason])}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t.audited}</dt>
          <dd>{number.format(d.audited)}</dd>
        </div>
        <div>
          <dt>{t.safe}</dt>
          <dd>{number.format(d.safe)}</dd>
        </div>
      </dl>
      {preview.tables.map((table) => (
        <PreviewTableView key={table.id} table={table} language={language} format={(v) => number.format(v)} />
      ))}
    </>
  );
}

function PreviewTableView({
  table,
  language,
  format,
}: {
  table: PreviewTable;
  language: Language;
  format: (value: number) => string;
}) {
  const t = analystTexts[language].editions;
  const suppressed = table.rows.filter((r) => r.status !== 'published').length;
  // Some editions have thousands of rows: a table is put in the page only once it is opened.
  const [open, setOpen] = useState(false);
  return (
    <details
      className="edition-table"
      data-table-id={table.id}
      data-suppressed={suppressed}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        {table.title[language]} <span className="edition-table-count">({t.rows(table.rows.length, suppressed)})</span>
      </summary>
      {open && <PreviewRows table={table} language={language} format={format} />}
    </details>
  );
}

function PreviewRows({
  table,
  language,
  format,
}: {
  table: PreviewTable;
  language: Language;
  format: (value: number) => string;
}) {
  const t = analystTexts[language].editions;
  const columns = [...table.dimensions, ...table.measures];
  const cell = (value: string | number | boolean | null) =>
    value === null ? '' : typeof value === 'number' ? format(value) : String(value);
  return (
    <>
      <p>{table.definition[language]}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label={table.title[language]}>
        <table>
          <caption className="visually-hidden">{table.title[language]}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className={table.measures.includes(c) ? 'numeric' : undefined}>
                  {c}
                </th>
              ))}
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={table.dimensions.map((c) => String(row.values[c])).join('|')} data-status={row.status}>
                {table.dimensions.map((c) => (
                  <td key={c}>{String(row.values[c] ?? '')}</td>
                ))}
                {table.measures.map((c) =>
                  row.status === 'published' ? (
                    <td key={c} className="numeric">
                      {cell(row.values[c] ?? null)}
                    </td>
                  ) : (
                    <td key={c} className="numeric suppressed-cell">
                      <span aria-hidden="true">·</span>
                      <span className="visually-hidden">{t.withheld}</span>
                    </td>
                  ),
                )}
                <td className={row.status === 'published' ? undefined : 'suppressed-reason'}>
                  {t.reasons[row.status] ?? row.status}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
