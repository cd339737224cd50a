import { useId } from 'react';
import { EstimateFigures } from './estimate-figures.tsx';
import { DataTable } from './data-table.tsx';
import { EstimateChart, hiddenColour, observedColour } from './estimate-chart.tsx';
import { useLocale } from './i18n/index.ts';
import type { MonitorSummary } from '../contract/monitor-summary.ts';

/** The capture–recapture estimate of all child victims: in words, as a chart and as a table. */
export function EstimatePanel({ summary }: { summary: MonitorSummary }) {
  const { language, t, format } = useLocale();
  const headingId = useId();
  const summaryId = useId();
  const { estimate } = summary;

  if (estimate === null) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t.estimateHeading}</h2>
        <p>{t.estimateUnavailable}</p>
      </section>
    );
  }

  const { from, to } = estimate.period;
  const period = from === to ? String(from) : `${from}–${to}`;
  const labelOf = new Map(summary.sources.map((source) => [source.code, source.label[language]]));
  const sources = format.list(estimate.sources.map((code) => labelOf.get(code) ?? code));

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.estimateHeading}</h2>
      <p className="estimate-lead" id={summaryId}>
        {t.estimateLead({
          period,
          total: format.count(estimate.total),
          lower: format.count(estimate.lower),
          upper: format.count(estimate.upper),
        })}{' '}
        {t.estimateObservedHidden({
          observed: format.count(estimate.observed),
          hidden: format.count(estimate.hidden),
          sources,
        })}
      </p>
      <EstimateFigures estimate={estimate} labels={t} count={format.count} />
      <p className="estimate-assumption">{t.estimateAssumption({ model: estimate.model })}</p>
      <ul className="estimate-assumptions">
        {t.estimateAssumptions({ period }).map((assumption) => (
          <li key={assumption.term}>
            <strong>{assumption.term}</strong> {assumption.text}
          </li>
        ))}
      </ul>
      <figure className="chart-figure">
        <figcaption>{t.estimateCaption(period)}</figcaption>
        <ul className="chart-legend">
          <li>
            <span className="swatch" style={{ background: observedColour }} aria-hidden="true" />
            {t.observed}
          </li>
          <li>
            <span className="swatch" style={{ background: hiddenColour }} aria-hidden="true" />
            {t.hidden}
          </li>
          <li>
            <span className="swatch swatch-interval" aria-hidden="true" />
            {t.interval}
          </li>
        </ul>
        <EstimateChart estimate={estimate} label={t.estimateCaption(period)} describedBy={summaryId} />
        <DataTable
          caption={t.estimateTableCaption(period)}
          columns={[t.quantity, t.numberOfChildren]}
          rows={[
            [t.observed, estimate.observed],
            [t.hidden, estimate.hidden],
            [t.total, estimate.total],
            [t.lower, estimate.lower],
            [t.upper, estimate.upper],
          ]}
          csvFileName={`zicht-${language === 'nl' ? 'schatting' : 'estimate'}-${period.replace('–', '-')}.csv`}
        />
      </figure>
    </section>
  );
}
