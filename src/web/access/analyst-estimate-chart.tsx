import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import type { YearEstimate } from '../../pipeline/index.ts';
import { useLocale } from '../i18n/index.ts';
import { PlotChart } from '../plot-chart.tsx';

// Dark ink for the estimate and its interval, the monitor's blue for what was registered (both ≥ 3:1 on white).
export const estimateInk = '#1a1a1a';
export const registeredInk = '#1d3f6e';

/**
 * The estimate per year: a vertical line for the 95% interval, a dot at the estimate and a tick at
 * the number registered. Intervals of single years can be far wider than the estimate, so the
 * count axis is logarithmic.
 */
export function AnalystEstimateChart({
  years,
  label,
  describedBy,
}: {
  years: readonly YearEstimate[];
  label: string;
  describedBy: string;
}) {
  const { format } = useLocale();
  const render = useCallback(
    (width: number) => {
      const low = Math.min(...years.map((y) => Math.min(y.lower, y.observed)));
      const high = Math.max(...years.map((y) => y.upper));
      return [
        Plot.plot({
          width,
          height: 320,
          marginLeft: 64,
          style: { fontSize: '14px', color: estimateInk, overflow: 'visible' },
          x: {
            type: 'band',
            label: null,
            domain: years.map((y) => y.year),
            tickFormat: (d: number) => String(d),
            padding: 0.4,
          },
          y: {
            type: 'log',
            label: null,
            domain: [low * 0.9, high * 1.1],
            grid: true,
            tickFormat: format.count,
            ticks: 5,
          },
          marks: [
            Plot.ruleX(years, { x: 'year', y1: 'lower', y2: 'upper', stroke: estimateInk, strokeWidth: 2 }),
            Plot.tickY(years, {
              x: 'year',
              y: 'observed',
              stroke: registeredInk,
              strokeWidth: 3,
              insetLeft: 4,
              insetRight: 4,
            }),
            Plot.dot(years, { x: 'year', y: 'total', fill: 'white', stroke: estimateInk, strokeWidth: 2.5, r: 5 }),
          ],
        }),
      ];
    },
    [years, format],
  );
  return <PlotChart render={render} label={label} describedBy={describedBy} />;
}
