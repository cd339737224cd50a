import { useId } from 'react';
import { estimationListLabels } from '../contract/breakdown-labels.ts';
import { describeEstimationModel } from '../contract/describe-estimation-model.ts';
import { EstimateFigures } from './estimate-figures.tsx';
import { DataTable } from './data-table.tsx';
import { EstimateChart, hiddenColour, observedColour } from './estimate-chart.tsx';
import { useLocale } from './i18n/index.ts';
import type { MonitorSummary } from '../contract/monitor-summary.ts';

const roundEstimate = (value: number) => Math.round(value / 10) * 10;

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
  // The estimate's lists: sources, or 'justice' (police, prosecution and courts together).
  const labelOf = new Map(summary.sources.map((source) => [source.code, source.label[language]]));
  const sources = format.list(
    estimate.sources.map((code) => estimationListLabels[code]?.[language] ?? labelOf.get(code) ?? code),
  );
  // Estimates are rounded to tens, as in the published edition; registered counts stay exact.
  const rounded = {
    ...estimate,
    hidden: roundEstimate(estimate.hidden),
    total: roundEstimate(estimate.total),
    lower: roundEstimate(estimate.lower),
    upper: roundEstimate(estimate.upper),
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.estimateHeading}</h2>
      <p className="estimate-lead" id={summaryId}>
        {t.estimateLead({
          period,
          total: format.count(rounded.total),
          lower: format.count(rounded.lower),
          upper: format.count(rounded.upper),
        })}{' '}
        {t.estimateObservedHidden({
          observed: format.count(estimate.observed),
          hidden: format.count(rounded.hidden),
          sources,
        })}{' '}
        {t.estimateRounded}
      </p>
      <EstimateFigures estimate={rounded} labels={t} count={format.count} />
      <p className="estimate-assumption">
        {t.estimateAssumption({
          model: describeEstimationModel(estimate.model, language, estimate.method, estimate.families),
        })}
      </p>
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
        <EstimateChart estimate={rounded} label={t.estimateCaption(period)} describedBy={summaryId} />
        <DataTable
          caption={t.estimateTableCaption(period)}
          columns={[t.quantity, t.numberOfChildren]}
          rows={[
            [t.observed, estimate.observed],
            [t.hidden, rounded.hidden],
            [t.total, rounded.total],
            [t.lower, rounded.lower],
            [t.upper, rounded.upper],
          ]}
          csvFileName={`zicht-${language === 'nl' ? 'schatting' : 'estimate'}-${period.replace('–', '-')}.csv`}
        />
      </figure>
    </section>
  );
}
