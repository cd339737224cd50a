import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { categoricalColours, seriesSymbols, sourceColours } from '../contract/series-colours.ts';
import { escapeHtml } from '../html/index.ts';
import {
  codeOrder,
  columnKind,
  columnLabel,
  formatCell,
  formatNumber,
  type Lang,
  readerNumber,
} from './column-labels.ts';
import type { CellValue, EditionTable } from './edition-table.ts';
import type { ChartSpec } from './site-themes.ts';

type Point = { x: CellValue; y: number; z: string; zCode: string };

/** More segments than this in a stack are drawn as small multiples, one panel per segment. */
export const maxStackSegments = 5;
/** Panels are told apart by their titles: one neutral colour, so none looks like a source's. */
const panelColour = '#44546a';

/** The rows a chart draws: published rows matching the spec's filter, with the number as readers get it (% for shares). */
export function chartPoints(table: EditionTable, spec: ChartSpec, lang: Lang): Point[] {
  const matches = (values: Readonly<Record<string, CellValue>>) =>
    Object.entries(spec.where ?? {}).every(([k, v]) => values[k] === v);
  return table.rows
    .filter((r) => r.status === 'published' && matches(r.values) && typeof r.values[spec.y] === 'number')
    .map((r) => ({
      x: r.values[spec.x] ?? null,
      y: readerNumber(spec.y, Number(r.values[spec.y])),
      z: spec.z ? formatCell(spec.z, r.values[spec.z] ?? null, lang) : '',
      zCode: spec.z ? String(r.values[spec.z] ?? '') : '',
    }));
}

/** The series of a chart in a stable order (the code list's), each with its label, colour and symbol. */
export function chartSeries(
  points: readonly Point[],
  spec: ChartSpec,
): { code: string; label: string; colour: string; symbol: string }[] {
  const present = [...new Set(points.map((p) => p.zCode))].filter((z) => z !== '');
  const order = spec.z ? codeOrder(spec.z) : [];
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  const sorted = present.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'nl', { numeric: true }));
  const bySource = spec.z === 'source' || spec.z === 'service';
  return sorted.map((code, i) => ({
    code,
    label: points.find((p) => p.zCode === code)?.z ?? code,
    colour:
      (bySource ? sourceColours[code] : undefined) ?? categoricalColours[i % categoricalColours.length] ?? '#1a1a1a',
    symbol: seriesSymbols[i % seriesSymbols.length] ?? 'circle',
  }));
}

/** How the chart draws its series: stacked bars, small multiples (too many segments to stack), or lines. */
export function chartForm(table: EditionTable, spec: ChartSpec): 'line' | 'bar' | 'small-multiples' {
  if (spec.mark === 'line') return 'line';
  const series = new Set(table.rows.map((r) => (spec.z ? r.values[spec.z] : null)));
  return spec.z && series.size > maxStackSegments ? 'small-multiples' : 'bar';
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
  const series = chartSeries(points, spec).map((s) => s.label);
  const top = points.reduce((a, b) => (b.y > a.y ? b : a));
  const xs = orderedX(points, table, spec);
  const first = xs[0] ?? null;
  const last = xs[xs.length - 1] ?? null;
  const topAt = `${formatCell(spec.x, top.x, lang)}${top.z ? `, ${top.z}` : ''}`;
  const topValue = `${formatNumber(top.y, lang)}${columnKind(spec.y) === 'share' ? '%' : ''}`;
  const form = chartForm(table, spec);
  const kind = {
    line: { nl: 'Lijngrafiek', en: 'Line chart' },
    bar: { nl: 'Staafdiagram', en: 'Bar chart' },
    'small-multiples': { nl: 'Staafdiagrammen, één per categorie,', en: 'Bar charts, one per category,' },
  }[form][lang];
  const zLabel = columnLabel(spec.z ?? '', lang).toLowerCase();
  const by =
    series.length > 0
      ? lang === 'nl'
        ? `, per ${zLabel} (${series.join(', ')})`
        : `, by ${zLabel} (${series.join(', ')})`
      : '';
  const summed =
    form === 'small-multiples' && spec.sum
      ? lang === 'nl'
        ? ', opgeteld over de bronnen'
        : ', summed over the sources'
      : '';
  const withheld = table.rows.some((r) => r.status !== 'published');
  const note = withheld
    ? lang === 'nl'
      ? ' Afgeschermde cellen zijn weggelaten.'
      : ' Withheld cells are left out.'
    : '';
  return lang === 'nl'
    ? `${kind} van ${y} naar ${x}${by}${summed}, van ${formatCell(spec.x, first, lang)} tot ${formatCell(spec.x, last, lang)}. Hoogste waarde: ${topValue} (${topAt}).${note}`
    : `${kind} of ${y} by ${x}${by}${summed}, from ${formatCell(spec.x, first, lang)} to ${formatCell(spec.x, last, lang)}. Highest value: ${topValue} (${topAt}).${note}`;
}

/** The x values in reading order: numbers and dates ascending, a chain step by its order in the table. */
function orderedX(points: readonly Point[], table: EditionTable, spec: ChartSpec): CellValue[] {
  const xs = [...new Set(points.map((p) => p.x))];
  if (spec.xOrder) {
    // Withheld rows carry no numbers, their order included: take it from the rows that have one.
    const order = new Map(
      table.rows.flatMap((r) => {
        const at = r.values[spec.xOrder ?? ''];
        return typeof at === 'number' ? [[r.values[spec.x], at] as const] : [];
      }),
    );
    return xs.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }
  return xs.sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
  );
}

/** The symbols of `seriesSymbols` in a 16 px box, as the chart draws them (white fill, coloured outline). */
const symbolShapes: Readonly<Record<string, string>> = {
  circle: '<circle cx="8" cy="8" r="4"/>',
  triangle2: '<path d="M8 3.5L12.5 11.5H3.5Z"/>',
  square2: '<rect x="4" y="4" width="8" height="8"/>',
  diamond2: '<path d="M8 2.5L13.5 8L8 13.5L2.5 8Z"/>',
  plus: '<path d="M8 3V13M3 8H13"/>',
  times: '<path d="M4.5 4.5L11.5 11.5M11.5 4.5L4.5 11.5"/>',
  asterisk: '<path d="M8 3V13M3.7 5.5L12.3 10.5M12.3 5.5L3.7 10.5"/>',
  star: '<path d="M8 2.5L9.6 6.3L13.5 6.6L10.5 9.2L11.4 13L8 11L4.6 13L5.5 9.2L2.5 6.6L6.4 6.3Z"/>',
};

/** A legend in HTML (readable type, wraps on narrow screens): the series' symbol or swatch in its colour, and its label. */
function legendHtml(series: ReturnType<typeof chartSeries>, title: string, form: 'line' | 'bar'): string {
  const items = series
    .map((s) => {
      const mark =
        form === 'bar'
          ? `<rect x="1" y="1" width="14" height="14" fill="${s.colour}"/>`
          : `<line x1="0" y1="8" x2="16" y2="8" stroke="${s.colour}" stroke-width="2"/><g fill="white" stroke="${s.colour}" stroke-width="1.75">${symbolShapes[s.symbol] ?? symbolShapes.circle}</g>`;
      return `<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${mark}</svg>${escapeHtml(s.label)}</li>`;
    })
    .join('');
  return `<div class="chart-legend"><p class="chart-legend-title">${escapeHtml(title)}</p><ul>${items}</ul></div>`;
}

/**
 * Draws the chart with Observable Plot on a server-side DOM and returns its markup: an HTML legend
 * where there are series, then the <svg> with role="img" and the summary as its name. Shares are
 * drawn as percentages, years without separators, chain steps by name, dates as months.
 */
export function renderChart(table: EditionTable, spec: ChartSpec, lang: Lang): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const points = chartPoints(table, spec, lang);
  const series = chartSeries(points, spec);
  const form = chartForm(table, spec);
  const xKind = columnKind(spec.x);
  const yearLike = xKind === 'year';
  const dated = xKind === 'date';
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const xValue = (p: Point) =>
    dated ? new Date(`${String(p.x)}T00:00:00Z`) : spec.xOrder ? formatCell(spec.x, p.x, lang) : p.x;
  const xOrder = orderedX(points, table, spec);
  // Lines connect points in data order: put the points in the order of the x axis.
  const drawn = [...points]
    .sort((a, b) => xOrder.indexOf(a.x) - xOrder.indexOf(b.x))
    .map((p) => ({ ...p, x: xValue(p) }));
  const xDomain = spec.xOrder ? xOrder.map((x) => formatCell(spec.x, x, lang)) : undefined;
  const colour = { domain: series.map((s) => s.label), range: series.map((s) => s.colour) };
  const symbol = { domain: series.map((s) => s.label), range: series.map((s) => s.symbol) };
  const count = new Intl.NumberFormat(locale);
  const rotate = !yearLike && (dated || form !== 'small-multiples') && new Set(points.map((p) => p.x)).size > 6;
  const xTickFormat = yearLike ? (v: number) => String(v) : dated ? (v: Date) => month.format(v) : undefined;
  const yAxis = {
    label: columnLabel(spec.y, lang),
    grid: true,
    labelArrow: 'none' as const,
    tickFormat: (v: number) => count.format(v),
    ...(columnKind(spec.y) === 'share' ? { domain: [0, Math.max(100, ...points.map((p) => p.y))] } : {}),
  };
  let root: Element;
  if (form === 'small-multiples') {
    const columns = 3;
    const panel = new Map(series.map((s, i) => [s.label, { fx: i % columns, fy: Math.floor(i / columns) }]));
    const rows = Math.ceil(series.length / columns);
    const facetted = drawn.map((p) => ({ ...p, ...panel.get(p.z) }));
    root = Plot.plot({
      document,
      width: 720,
      height: 40 + rows * 150,
      marginLeft: 56,
      marginTop: 24,
      marginBottom: 32,
      style: { fontSize: '12px' },
      fx: { axis: null, padding: 0.12 },
      fy: { axis: null, padding: 0.25 },
      x: { label: null, type: 'band', tickFormat: (v: number) => `’${String(v).slice(-2)}` },
      y: { ...yAxis, label: null, ticks: 3 },
      marks: [
        Plot.frame({ stroke: '#c8c8c8' }),
        Plot.barY(
          facetted,
          Plot.groupX(
            { y: 'sum' },
            {
              x: 'x',
              y: 'y',
              fx: 'fx',
              fy: 'fy',
              fill: panelColour,
            },
          ),
        ),
        Plot.text(
          series.map((s) => ({ label: s.label, ...panel.get(s.label) })),
          { fx: 'fx', fy: 'fy', frameAnchor: 'top-left', dx: 4, dy: -16, text: 'label', fontWeight: 600, fontSize: 12 },
        ),
        Plot.ruleY([0]),
      ],
    }) as unknown as Element;
  } else {
    const marks =
      form === 'line'
        ? [
            Plot.lineY(drawn, {
              x: 'x',
              y: 'y',
              ...(spec.z ? { stroke: 'z', z: 'z' } : { stroke: '#0072b2' }),
              strokeWidth: 2,
            }),
            Plot.dot(drawn, {
              x: 'x',
              y: 'y',
              ...(spec.z ? { stroke: 'z', symbol: 'z' } : { stroke: '#0072b2' }),
              fill: 'white',
              r: 3.5,
              strokeWidth: 1.75,
            }),
            Plot.ruleY([0]),
          ]
        : [Plot.barY(drawn, { x: 'x', y: 'y', ...(spec.z ? { fill: 'z' } : { fill: '#0072b2' }) }), Plot.ruleY([0])];
    root = Plot.plot({
      document,
      width: 720,
      height: 340,
      marginLeft: 56,
      marginRight: 24,
      marginBottom: rotate ? 104 : 40,
      style: { fontSize: '13px' },
      x: {
        label: rotate ? null : columnLabel(spec.x, lang),
        ...(rotate ? { tickRotate: -35 } : {}),
        ...(xTickFormat ? { tickFormat: xTickFormat } : {}),
        ...(xDomain ? { domain: xDomain } : {}),
        type:
          form === 'bar'
            ? ('band' as const)
            : dated
              ? ('utc' as const)
              : yearLike
                ? ('linear' as const)
                : ('point' as const),
        ...(yearLike && form === 'line' ? { ticks: [...new Set(points.map((p) => Number(p.x)))] } : {}),
      },
      y: yAxis,
      ...(spec.z ? { color: colour, symbol } : {}),
      marks,
    }) as unknown as Element;
  }
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
  const legend =
    form === 'small-multiples'
      ? `<p class="chart-axis-note">${escapeHtml(columnLabel(spec.y, lang))}${spec.sum ? (lang === 'nl' ? ', opgeteld over de bronnen' : ', summed over the sources') : ''}</p>`
      : spec.z
        ? legendHtml(series, columnLabel(spec.z, lang), form)
        : '';
  return `${legend}${root.outerHTML}`;
}
