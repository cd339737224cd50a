import * as Plot from '@observablehq/plot';
import { useCallback, useId, useMemo } from 'react';
import { categoricalColours, seriesSymbols, sourceColours } from '../contract/series-colours.ts';
import { DataTable } from './data-table.tsx';
import { useLocale } from './i18n/index.ts';
import type { MonitorSummary } from '../contract/monitor-summary.ts';
import { PlotChart } from './plot-chart.tsx';
import { victimsBySource } from './victims-by-source.ts';

// One colour per source, the same as in the published edition (contract/series-colours.ts); the
// symbols tell the lines apart without colour.
const anySourceColour = sourceColours.all ?? '#1a1a1a';
const symbols = ['star', ...seriesSymbols] as const;

/** Victims per year per source and for any source: a line chart, its text summary and its table. */
export function VictimsBySourceChart({ summary }: { summary: MonitorSummary }) {
  const { language, t, format } = useLocale();
  const summaryId = useId();
  const data = useMemo(() => victimsBySource(summary, language, t.anySource), [summary, language, t]);
  const period = `${summary.edition.yearFrom}–${summary.edition.yearTo}`;

  const render = useCallback(
    (width: number) => {
      const domain = [data.anySourceLabel, ...data.sourceLabels];
      const range = [
        anySourceColour,
        ...data.sourceCodes.map((code, i) => sourceColours[code] ?? categoricalColours[i % categoricalColours.length]),
      ];
      const plot = Plot.plot({
        width,
        height: Math.round(Math.min(460, Math.max(300, width * 0.6))),
        marginLeft: 64,
        marginRight: 24,
        style: { fontSize: '14px', color: '#1a1a1a', overflow: 'visible' },
        x: { label: null, ticks: data.years.filter((_, i) => width >= 560 || i % 2 === 0), tickFormat: String },
        y: { label: t.registeredChildren, grid: true, zero: true, tickFormat: format.count, labelArrow: 'none' },
        color: { domain, range },
        symbol: { domain, range: domain.map((_, i) => symbols[i % symbols.length] ?? 'circle') },
        marks: [
          Plot.ruleY([0]),
          Plot.line(data.sourcePoints, {
            x: 'year',
            y: 'victims',
            z: 'series',
            stroke: 'series',
            strokeWidth: 2,
            className: 'series-source',
          }),
          Plot.line(data.anySourcePoints, {
            x: 'year',
            y: 'victims',
            stroke: 'series',
            strokeWidth: 3.5,
            className: 'series-any-source',
          }),
          Plot.dot([...data.anySourcePoints, ...data.sourcePoints], {
            x: 'year',
            y: 'victims',
            stroke: 'series',
            symbol: 'series',
            fill: 'white',
            strokeWidth: 1.75,
            r: 4,
          }),
        ],
      });
      const legend = plot.legend('symbol', { style: { fontSize: '0.9375rem', color: '#1a1a1a' } });
      return legend ? [legend, plot] : [plot];
    },
    [data, t, format],
  );

  const textSummary =
    data.first && data.last
      ? t.victimsSummary({
          firstYear: String(data.first.year),
          firstRegistered: format.count(data.first.registered),
          lastYear: String(data.last.year),
          lastRegistered: format.count(data.last.registered),
          largestSource: data.last.largestSource,
          largestVictims: format.count(data.last.largestVictims),
        })
      : '';

  return (
    <figure className="chart-figure">
      <figcaption>{t.victimsCaption(period)}</figcaption>
      <p id={summaryId} className="chart-summary">
        {textSummary}
      </p>
      <PlotChart render={render} label={t.victimsCaption(period)} describedBy={summaryId} />
      <DataTable
        caption={t.victimsTableCaption(period)}
        columns={[t.year, ...data.sourceLabels, t.anySource]}
        rows={data.rows}
        withheld={data.withheld}
        withheldNote={t.withheldNote(format.count(summary.disclosureThreshold))}
        csvFileName={`zicht-${language === 'nl' ? 'slachtoffers-per-bron' : 'victims-by-source'}-${period.replace('–', '-')}.csv`}
      />
    </figure>
  );
}
