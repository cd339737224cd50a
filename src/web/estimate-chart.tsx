import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { useLocale } from './i18n/index.ts';
import type { MonitorEstimate } from '../contract/monitor-summary.ts';
import { PlotChart } from './plot-chart.tsx';

// Both blues have at least 3:1 contrast on white (WCAG 1.4.11); the legend names them in text.
export const observedColour = '#1d3f6e';
export const hiddenColour = '#4a7fc1';
const intervalColour = '#1a1a1a';

/**
 * The estimate as one bar (registered + not registered = total) with, below it, the 95% interval
 * of the total as a line between two ticks and a dot at the point estimate.
 */
export function EstimateChart({
  estimate,
  label,
  describedBy,
}: {
  estimate: MonitorEstimate;
  label: string;
  describedBy: string;
}) {
  const { t, format } = useLocale();
  const render = useCallback(
    (width: number) => {
      const parts = [
        { part: t.observed, from: 0, to: estimate.observed },
        { part: t.hidden, from: estimate.observed, to: estimate.observed + estimate.hidden },
      ];
      const interval = () => 'interval';
      const plot = Plot.plot({
        width,
        height: 150,
        marginLeft: 20,
        marginRight: 28,
        marginTop: 8,
        style: { fontSize: '14px', color: '#1a1a1a', overflow: 'visible' },
        x: {
          label: null,
          domain: [0, Math.max(estimate.upper, estimate.total) * 1.02],
          ticks: width < 480 ? 3 : 6,
          tickFormat: format.count,
          grid: true,
        },
        y: { axis: null, domain: ['estimate', 'interval'], paddingInner: 0.2 },
        color: { domain: [t.observed, t.hidden], range: [observedColour, hiddenColour] },
        marks: [
          Plot.barX(parts, {
            x1: 'from',
            x2: 'to',
            y: () => 'estimate',
            fill: 'part',
            stroke: 'white',
            strokeWidth: 1.5,
          }),
          Plot.barX([estimate], {
            x1: 'lower',
            x2: 'upper',
            y: interval,
            fill: intervalColour,
            insetTop: 14,
            insetBottom: 14,
          }),
          Plot.tickX([estimate.lower, estimate.upper], {
            x: (d: number) => d,
            y: interval,
            stroke: intervalColour,
            strokeWidth: 2.5,
          }),
          Plot.dot([estimate], {
            x: 'total',
            y: interval,
            fill: 'white',
            stroke: intervalColour,
            strokeWidth: 2.5,
            r: 6,
          }),
          Plot.ruleX([0]),
        ],
      });
      return [plot];
    },
    [estimate, t, format],
  );
  return <PlotChart render={render} label={label} describedBy={describedBy} />;
}
