import { modelFormula } from '../../contract/describe-estimation-model.ts';
import * as Plot from '@observablehq/plot';
import { useCallback, useId } from 'react';
import { aicAboveBest, type FamilyFitComparison } from '../../estimation/index.ts';
import type { SensitivityEstimate } from '../../pipeline/index.ts';
import { DataTable } from '../data-table.tsx';
import { type Formatters, type Language, useLocale } from '../i18n/index.ts';
import { PlotChart } from '../plot-chart.tsx';
import { estimateInk, registeredInk } from './analyst-estimate-chart.tsx';
import { type AnalystTexts, analystTexts } from './analyst-texts.ts';

// Other families' intervals in the page's muted grey (8:1 on white); the published one in full ink.
const otherInk = '#4a4f57';
const familyOrder: readonly SensitivityEstimate['family'][] = [
  'independence',
  'pairwise',
  'covariates',
  'heterogeneity',
  'latent-class',
];

/** One family as the page shows it: its name in words, the published one marked. */
type SensitivityRow = SensitivityEstimate & { readonly label: string; readonly assumes: string };

/** The families in a fixed order (simple to rich), named in the page's language; stored outputs may hold a family this page does not know. */
function sensitivityRows(
  sensitivity: readonly SensitivityEstimate[],
  t: AnalystTexts['estimation']['sensitivity'],
): SensitivityRow[] {
  const rank = (f: string) => {
    const i = familyOrder.indexOf(f as SensitivityEstimate['family']);
    return i === -1 ? familyOrder.length : i;
  };
  return [...sensitivity]
    .sort((a, b) => rank(a.family) - rank(b.family))
    .map((s) => {
      const words = (t.families as Partial<Record<string, { name: string; assumes: string }>>)[s.family];
      const name = words?.name ?? t.otherFamily;
      return { ...s, label: s.published ? `${name} ${t.published}` : name, assumes: words?.assumes ?? '' };
    });
}

/**
 * The estimate under each model family side by side: a dot at the total and a line for its interval
 * per family, the number registered as a dashed reference line, the published family filled and
 * thick; then the same numbers, what each family assumes and why one is not estimable, as a table.
 */
export function AnalystSensitivity({
  sensitivity,
  fitComparison,
  observed,
  language,
  period,
}: {
  sensitivity: readonly SensitivityEstimate[] | undefined;
  /** Each family's fit to the seen table when heterogeneity was shown (absent in older runs). */
  fitComparison?: FamilyFitComparison | null | undefined;
  observed: number;
  language: Language;
  period: string;
}) {
  const all = analystTexts[language].estimation;
  const t = all.sensitivity;
  const { format } = useLocale();
  const headingId = useId();
  const summaryId = useId();
  const rows = sensitivity && sensitivity.length > 0 ? sensitivityRows(sensitivity, t) : [];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      {rows.length === 0 ? (
        <p>{t.missing}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <figure className="sensitivity-figure">
            <figcaption>{t.chartCaption(period)}</figcaption>
            <ul className="chart-legend">
              <li>
                <span className="swatch swatch-dot swatch-dot-filled" aria-hidden="true" />
                {t.legendPublished}
              </li>
              <li>
                <span className="swatch swatch-dot" aria-hidden="true" />
                {t.legendOther}
              </li>
              <li>
                <span className="swatch swatch-reference" style={{ borderColor: registeredInk }} aria-hidden="true" />
                {t.legendRegistered}
              </li>
            </ul>
            <p id={summaryId} className="chart-summary">
              {sensitivitySummary(rows, observed, t, format.count)}
            </p>
            <SensitivityChart rows={rows} observed={observed} label={t.chartCaption(period)} describedBy={summaryId} />
            <DataTable
              caption={t.table(period)}
              columns={[t.family, all.estimate, all.lower, all.upper, t.intervalMethod, t.assumes, t.model, t.note]}
              rows={rows.map((r) =>
                r.status === 'ok'
                  ? [
                      r.label,
                      Math.round(r.total),
                      Math.round(r.lower),
                      Math.round(r.upper),
                      t.intervalMethods[r.intervalMethod] ?? r.intervalMethod,
                      r.assumes,
                      modelFormula(r.model, language),
                      r.warning ? t.warning(r.warning) : '',
                    ]
                  : [r.label, null, null, null, null, r.assumes, null, t.notEstimableReason(r.reason)],
              )}
              csvFileName={`zicht-${t.csvName}-${period.replace('–', '-')}.csv`}
            />
          </figure>
          {fitComparison ? <p>{fitSentence(fitComparison, t, format)}</p> : null}
        </>
      )}
    </section>
  );
}

/** Each family's AIC above the best, in words, and the families left out for it. */
function fitSentence(
  fit: FamilyFitComparison,
  t: AnalystTexts['estimation']['sensitivity'],
  format: Pick<Formatters, 'count' | 'list'>,
): string {
  const name = (family: string) =>
    (t.families as Partial<Record<string, { name: string }>>)[family]?.name ?? t.otherFamily;
  const fits = aicAboveBest(fit.aic)
    .map(
      ({ family, aboveBest }) =>
        `${name(family)}: ${aboveBest === 0 ? t.fitBest : `+${format.count(Math.round(aboveBest))}`}`,
    )
    .join('; ');
  const leftOut = format.list(fit.leftOut.map(name));
  const beyondBound = format.list((fit.beyondBound ?? []).map(name));
  return t.fitComparison(fits, leftOut || null, beyondBound || null);
}

/** The chart's text alternative: the range over the families, the number registered, the published family and those without an estimate. */
function sensitivitySummary(
  rows: readonly SensitivityRow[],
  observed: number,
  t: AnalystTexts['estimation']['sensitivity'],
  count: (value: number) => string,
): string {
  const name = (r: SensitivityRow) =>
    (t.families as Partial<Record<string, { name: string }>>)[r.family]?.name ?? t.otherFamily;
  const ok = rows.flatMap((r) => (r.status === 'ok' ? [r] : [])).sort((a, b) => a.total - b.total);
  const lowest = ok[0];
  const highest = ok.at(-1);
  if (!lowest || !highest) return t.summaryNone(count(observed));
  const published = rows.filter((r) => r.published).map(name);
  const notEstimable = rows.filter((r) => r.status !== 'ok').map(name);
  return t.summary({
    lowest: `${count(Math.round(lowest.total))} (${name(lowest)})`,
    highest: `${count(Math.round(highest.total))} (${name(highest)})`,
    registered: count(observed),
    published: published.length > 0 ? published.join(', ') : null,
    notEstimable: notEstimable.length > 0 ? notEstimable.join(', ') : null,
  });
}

const rowHeight = 64;

function SensitivityChart({
  rows,
  observed,
  label,
  describedBy,
}: {
  rows: readonly SensitivityRow[];
  observed: number;
  label: string;
  describedBy: string;
}) {
  const { format, language } = useLocale();
  const t = analystTexts[language].estimation.sensitivity;
  const render = useCallback(
    (width: number) => {
      const ok = rows.flatMap((r) => (r.status === 'ok' ? [r] : []));
      const published = ok.filter((r) => r.published);
      const others = ok.filter((r) => !r.published);
      const high = Math.max(observed, ...ok.map((r) => r.upper));
      // Each family's name sits above its interval, so long names need no left margin on a narrow screen;
      // a white halo keeps it readable where the registered line crosses it.
      const halo = { fill: estimateInk, stroke: 'white', strokeWidth: 4 } as const;
      const name = { ...halo, y: 'label', text: 'label', frameAnchor: 'left', textAnchor: 'start', dy: -14 } as const;
      const onLine = { y: 'label', dy: 10 } as const;
      return [
        Plot.plot({
          width,
          height: rows.length * rowHeight + 40,
          marginLeft: 16,
          marginRight: 24,
          marginTop: 8,
          style: { fontSize: '14px', color: estimateInk, overflow: 'visible' },
          x: {
            label: null,
            domain: [0, high * 1.05],
            grid: true,
            tickFormat: format.count,
            ticks: width < 480 ? 3 : 6,
          },
          y: { type: 'band', domain: rows.map((r) => r.label), axis: null, padding: 0 },
          marks: [
            Plot.ruleX([observed], { stroke: registeredInk, strokeWidth: 2, strokeDasharray: '6 4' }),
            Plot.ruleY(others, { ...onLine, x1: 'lower', x2: 'upper', stroke: otherInk, strokeWidth: 2 }),
            Plot.ruleY(published, { ...onLine, x1: 'lower', x2: 'upper', stroke: estimateInk, strokeWidth: 4 }),
            Plot.dot(others, { ...onLine, x: 'total', r: 5, fill: 'white', stroke: otherInk, strokeWidth: 2.5 }),
            Plot.dot(published, { ...onLine, x: 'total', r: 6, fill: estimateInk, stroke: estimateInk }),
            Plot.text(
              rows.filter((r) => !r.published),
              name,
            ),
            Plot.text(
              rows.filter((r) => r.published),
              { ...name, fontWeight: 700 },
            ),
            Plot.text(
              rows.filter((r) => r.status !== 'ok'),
              {
                ...onLine,
                ...halo,
                text: () => t.notEstimable,
                frameAnchor: 'left',
                textAnchor: 'start',
                fontStyle: 'italic',
              },
            ),
          ],
        }),
      ];
    },
    [rows, observed, format, t],
  );
  return <PlotChart render={render} label={label} describedBy={describedBy} />;
}
