import {
  maxTotalPerObserved,
  noEstimableModelMessage,
  tooLittleOverlapMessage,
} from '../../estimation/refuse-too-little-overlap.ts';
import { estimationListLabels } from '../../contract/breakdown-labels.ts';
import { modelFormula } from '../../contract/describe-estimation-model.ts';
import { useId, useMemo } from 'react';
import { EstimateFigures } from '../estimate-figures.tsx';
import type { HiddenVictimsEstimate, StageOutput } from '../../pipeline/index.ts';
import { DataTable } from '../data-table.tsx';
import { useLoaded } from '../followup/use-loaded.ts';
import { formattersFor, type Language, type Locale, LocaleContext, messages } from '../i18n/index.ts';
import { accessApi } from './access-api.ts';
import { AnalystEstimateChart, estimateInk, registeredInk } from './analyst-estimate-chart.tsx';
import { AnalystCovariateStrata } from './analyst-covariate-strata.tsx';
import { AnalystModelComparison } from './analyst-model-comparison.tsx';
import { AnalystLinkageSensitivity } from './analyst-linkage-sensitivity.tsx';
import { AnalystSensitivity } from './analyst-sensitivity.tsx';
import { analystTexts } from './analyst-texts.ts';

type EstimateStage = StageOutput & { readonly output: HiddenVictimsEstimate | null };

/** The analyst's estimation results: the total with its interval, the estimate under each model family, the model and its rivals, and the estimate per year. */
export function AnalystEstimation({ language }: { language: Language }) {
  const t = analystTexts[language].estimation;
  const locale = useMemo<Locale>(
    () => ({ language, t: messages[language], format: formattersFor(language) }),
    [language],
  );
  const stage = useLoaded(() => accessApi.get<EstimateStage>('/api/estimates'), 'estimate');
  return (
    <LocaleContext value={locale}>
      <h1>{t.title}</h1>
      <p className="intro">{t.intro}</p>
      {stage.state.status === 'loading' && <p role="status">{messages[language].loading}</p>}
      {stage.state.status === 'error' && (
        <p role="alert" className="form-error">
          {stage.state.detail}
        </p>
      )}
      {stage.state.status === 'ready' && (
        <>
          <p className="edition">
            {t.run(
              // a run is named by the moment it started (an ISO timestamp): shown as a date, not as a code
              locale.format.dateTime(stage.state.value.runId),
              locale.format.dateTime(`${stage.state.value.finishedAt.replace(' ', 'T')}Z`),
            )}
          </p>
          {stage.state.value.output ? (
            <EstimateResults estimate={stage.state.value.output} language={language} locale={locale} />
          ) : (
            <p>{t.notEstimable}</p>
          )}
        </>
      )}
    </LocaleContext>
  );
}

/** The stored estimate as the analyst reads it: the figure, how it was made, each family and year. */
export function EstimateResults({
  estimate,
  language,
  locale,
}: {
  estimate: HiddenVictimsEstimate;
  language: Language;
  locale: Locale;
}) {
  const t = analystTexts[language].estimation;
  const { format } = locale;
  const summaryId = useId();
  const period =
    estimate.period.from === estimate.period.to
      ? String(estimate.period.from)
      : `${estimate.period.from}–${estimate.period.to}`;
  const years = estimate.perYear;
  // a year the rule refused has no row and no dot: it is named below the table, with the reason
  const refused = estimate.notEstimableYears ?? [];
  const refusedReason = (reason: string) =>
    reason === tooLittleOverlapMessage()
      ? t.yearReasons.tooLittleOverlap
      : reason === noEstimableModelMessage
        ? t.yearReasons.noModel
        : reason;
  const widest = years.reduce<(typeof years)[number] | undefined>(
    (w, y) => (!w || y.upper - y.lower > w.upper - w.lower ? y : w),
    undefined,
  );
  const yearText = (y: (typeof years)[number] | undefined) => (y ? `${format.count(y.total)} (${y.year})` : '—');
  const intervalText = (y: (typeof years)[number] | undefined) =>
    y ? `${y.year}: ${format.count(y.lower)}–${format.count(y.upper)}` : '—';
  return (
    <>
      <p className="estimate-lead">
        {t.lead({
          period,
          total: format.count(estimate.total),
          lower: format.count(estimate.lower),
          upper: format.count(estimate.upper),
          observed: format.count(estimate.observed),
          hidden: format.count(estimate.hidden),
        })}
      </p>
      {estimate.upper > maxTotalPerObserved * estimate.observed && <p>{t.upperBeyondBound}</p>}
      <EstimateFigures estimate={estimate} labels={t} count={format.count} />
      <dl className="estimate-model">
        <dt>{t.model}</dt>
        <dd className="estimate-model-name">{modelFormula(estimate.model, language)}</dd>
        <dt>{t.method}</dt>
        <dd>{t.methods[estimate.method] ?? estimate.method}</dd>
        <dt>{t.intervalMethod}</dt>
        <dd>
          {t.intervalMethods[estimate.intervalMethod] ??
            t.sensitivity.intervalMethods[estimate.intervalMethod] ??
            estimate.intervalMethod}
        </dd>
        <dt>{t.lists}</dt>
        <dd>{format.list(estimate.lists.map((code) => estimationListLabels[code]?.[language] ?? code))}</dd>
        <dt>{t.dropped}</dt>
        <dd>
          {estimate.dropped.length === 0
            ? t.noneDropped
            : estimate.dropped.map((d) => `${d.term} (${d.reason})`).join('; ')}
        </dd>
      </dl>
      <AnalystSensitivity
        sensitivity={estimate.sensitivity}
        fitComparison={estimate.fitComparison}
        observed={estimate.observed}
        language={language}
        period={period}
      />
      <AnalystCovariateStrata sensitivity={estimate.sensitivity} language={language} period={period} />
      <AnalystLinkageSensitivity estimate={estimate} language={language} period={period} />
      <AnalystModelComparison
        comparison={estimate.modelComparison}
        lists={estimate.lists}
        observed={estimate.observed}
        language={language}
        period={period}
      />
      {(years.length > 0 || refused.length > 0) && (
        <section aria-labelledby={`${summaryId}-h`}>
          <h2 id={`${summaryId}-h`}>{t.perYear}</h2>
          {years.length > 0 && (
            <figure className="chart-figure">
              <figcaption>{t.chartCaption(period)}</figcaption>
              <ul className="chart-legend">
                <li>
                  <span className="swatch swatch-interval" style={{ background: estimateInk }} aria-hidden="true" />
                  {t.legendEstimate}
                </li>
                <li>
                  <span className="swatch" style={{ background: registeredInk }} aria-hidden="true" />
                  {t.legendObserved}
                </li>
              </ul>
              <p id={summaryId} className="chart-summary">
                {t.chartSummary({
                  first: yearText(years[0]),
                  last: yearText(years.at(-1)),
                  widest: intervalText(widest),
                })}
                {refused.length > 0 && ` ${t.refusedInSummary(format.list(refused.map((y) => String(y.year))))}`}
              </p>
              <AnalystEstimateChart years={years} label={t.chartCaption(period)} describedBy={summaryId} />
              <DataTable
                caption={t.yearTable(period)}
                columns={[t.year, t.observed, t.estimate, t.lower, t.upper, t.yearModel]}
                rows={years.map((y) => [
                  String(y.year),
                  y.observed,
                  Math.round(y.total),
                  Math.round(y.lower),
                  Math.round(y.upper),
                  y.method === 'pairwise-and-heterogeneity'
                    ? `${modelFormula(y.model, language)}; ${t.linkage.withHeterogeneity}`
                    : modelFormula(y.model, language),
                ])}
                csvFileName={`zicht-${language === 'nl' ? 'schatting-per-jaar' : 'estimate-per-year'}-${period.replace('–', '-')}.csv`}
              />
            </figure>
          )}
          {refused.length > 0 && (
            <>
              <h3>{t.notEstimableYears}</h3>
              <ul className="refused-years">
                {refused.map((y) => (
                  <li key={y.year}>
                    {t.yearNotEstimable({
                      year: String(y.year),
                      observed: format.count(y.observed),
                      reason: refusedReason(y.reason),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
