import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { columnLabel, formatCell, type Lang } from './column-labels.ts';
import type { CellValue, EditionTable } from './edition-table.ts';
import type { ChartSpec } from './site-themes.ts';

type Point = { x: CellValue; y: number; z: string };

/** The rows a chart draws: published rows matching the spec's filter, with a number to draw. */
export function chartPoints(table: EditionTable, spec: ChartSpec, lang: Lang): Point[] {
  const matches = (values: Readonly<Record<string, CellValue>>) =>
    Object.entries(spec.where ?? {}).every(([k, v]) => values[k] === v);
  return table.rows
    .filter((r) => r.status === 'published' && matches(r.values) && typeof r.values[spec.y] === 'number')
    .map((r) => ({
      x: r.values[spec.x] ?? null,
      y: Number(r.values[spec.y]),
      z: spec.z ? formatCell(spec.z, r.values[spec.z] ?? null, lang) : '',
    }));
}

/** One or two sentences a reader without the picture gets instead: what is drawn, its range and its peak. */
export function chartSummary(table: EditionTable, spec: ChartSpec, lang: Lang): string {
  const points = chartPoints(table, spec, lang);
  const y = columnLabel(spec.y, lang).toLowerCase();
  const x = columnLabel(spec.x, lang).toLowerCase();
  if (points.length === 0)
    return lang === 'nl'
      ? 'Er zijn geen publiceerbare waarden voor deze grafiek.'
      : 'There are no publishable values for this chart.';
  const series = [...new Set(points.map((p) => p.z))].filter((z) => z !== '');
  const top = points.reduce((a, b) => (b.y > a.y ? b : a));
  const xs = points
    .map((p) => p.x)
    .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));
  const first = xs[0] ?? null;
  const last = xs[xs.length - 1] ?? null;
  const topAt = `${formatCell(spec.x, top.x, lang)}${top.z ? `, ${top.z}` : ''}`;
  const topValue = formatCell(spec.y, top.y, lang);
  const kind =
    spec.mark === 'line'
      ? lang === 'nl'
        ? 'Lijngrafiek'
        : 'Line chart'
      : lang === 'nl'
        ? 'Staafdiagram'
        : 'Bar chart';
  const by =
    series.length > 0
      ? lang === 'nl'
        ? `, per ${columnLabel(spec.z ?? '', lang).toLowerCase()} (${series.join(', ')})`
        : `, by ${columnLabel(spec.z ?? '', lang).toLowerCase()} (${series.join(', ')})`
      : '';
  const withheld = table.rows.some((r) => r.status !== 'published');
  const note = withheld
    ? lang === 'nl'
      ? ' Afgeschermde cellen zijn weggelaten.'
      : ' Withheld cells are left out.'
    : '';
  return lang === 'nl'
    ? `${kind} van ${y} naar ${x}${by}, van ${formatCell(spec.x, first, lang)} tot ${formatCell(spec.x, last, lang)}. Hoogste waarde: ${topValue} (${topAt}).${note}`
    : `${kind} of ${y} by ${x}${by}, from ${formatCell(spec.x, first, lang)} to ${formatCell(spec.x, last, lang)}. Highest value: ${topValue} (${topAt}).${note}`;
}

/**
 * Draws the chart with Observable Plot on a server-side DOM and returns its markup: an <svg>, or a
 * <figure> holding the legend and the <svg>. The chart's svg gets role="img" and the summary as its name.
 */
export function renderChart(table: EditionTable, spec: ChartSpec, lang: Lang): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const points = chartPoints(table, spec, lang);
  const yearLike = points.every((p) => typeof p.x === 'number' && Number.isInteger(p.x) && p.x > 1900);
  const series = spec.z ? { stroke: 'z' as const } : {};
  const marks =
    spec.mark === 'line'
      ? [Plot.lineY(points, { x: 'x', y: 'y', ...series, marker: 'circle' }), Plot.ruleY([0])]
      : [Plot.barY(points, { x: 'x', y: 'y', ...(spec.z ? { fill: 'z' } : { fill: '#1f5f8b' }) }), Plot.ruleY([0])];
  const root = Plot.plot({
    document,
    width: 720,
    height: 320,
    marginLeft: 56,
    marginBottom: yearLike ? 40 : 64,
    style: { fontSize: '13px' },
    x: {
      label: columnLabel(spec.x, lang),
      ...(yearLike ? {} : { tickRotate: -35 }),
      ...(yearLike ? { tickFormat: 'd' } : {}),
      type: spec.mark === 'bar' ? ('band' as const) : yearLike ? ('linear' as const) : ('point' as const),
    },
    y: {
      label: columnLabel(spec.y, lang),
      grid: true,
      tickFormat: (v: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(v),
    },
    color: spec.z ? { type: 'categorical', scheme: 'tableau10', legend: true, label: columnLabel(spec.z, lang) } : {},
    marks,
  }) as unknown as Element;
  const charts =
    root.tagName.toLowerCase() === 'svg' ? [root] : [...root.children].filter((c) => c.tagName.toLowerCase() === 'svg');
  for (const svg of charts) {
    // Inside role="img" the marks are presentational: Plot's per-mark aria-labels would be prohibited there.
    for (const marked of svg.querySelectorAll('[aria-label], [aria-description]')) {
      marked.removeAttribute('aria-label');
      marked.removeAttribute('aria-description');
    }
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', chartSummary(table, spec, lang));
  }
  for (const swatch of root.querySelectorAll('span svg')) swatch.setAttribute('aria-hidden', 'true');
  return root.outerHTML;
}
