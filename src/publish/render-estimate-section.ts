import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { combinedFamilies, describeEstimationModel, estimationListLabels } from '../contract/index.ts';
import { escapeHtml } from '../html/index.ts';
import { columnLabel, formatCell, type Lang, readerNumber } from './column-labels.ts';
import type { EditionTable } from './edition-table.ts';
import { renderIndicatorSection } from './render-indicator-section.ts';
import { hrefFrom, methodsPage } from './site-pages.ts';

type Estimate = {
  period: { from: number; to: number };
  lists?: string[];
  observed: number;
  hidden: number;
  total: number;
  lower: number;
  upper: number;
  model: string;
  /** The published rule ('pairwise', 'pairwise-and-heterogeneity'); absent in editions frozen before. */
  method?: string;
  /** Each family's answer side by side, the ones the figure combines marked `published`. */
  sensitivity?: { family: string; published?: boolean; status?: string }[];
};

const colours = { total: '#0072b2', observed: '#1a1a1a' } as const;

/** Per year: the registered number and the estimated total as dots, the 95% interval as a line between them. */
function perYearChart(table: EditionTable, lang: Lang, summary: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const rows = table.rows.map((r) => ({
    year: String(r.values.year),
    observed: Number(r.values.observed),
    total: readerNumber('total', Number(r.values.total)),
    lower: readerNumber('lower', Number(r.values.lower)),
    upper: readerNumber('upper', Number(r.values.upper)),
  }));
  const count = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB');
  // One wide interval would flatten every other year to the axis: then a log scale, said on the axis.
  const log = Math.max(...rows.map((r) => r.upper)) > 5 * Math.max(...rows.map((r) => r.total));
  const yLabel = lang === 'nl' ? 'Kinderen' : 'Children';
  const svg = Plot.plot({
    document,
    width: 720,
    height: 340,
    marginLeft: 64,
    style: { fontSize: '13px' },
    x: { label: null, type: 'band', padding: 0.4 },
    y: log
      ? {
          type: 'log',
          label: `${yLabel} (${lang === 'nl' ? 'logaritmische schaal' : 'log scale'})`,
          grid: true,
          ticks: 6,
          tickFormat: (v: number) => count.format(v),
          labelArrow: 'none',
        }
      : { label: yLabel, grid: true, zero: true, tickFormat: (v: number) => count.format(v), labelArrow: 'none' },
    marks: [
      Plot.ruleX(rows, { x: 'year', y1: 'lower', y2: 'upper', stroke: colours.total, strokeWidth: 3 }),
      Plot.tickY(rows, { x: 'year', y: 'lower', stroke: colours.total, strokeWidth: 2 }),
      Plot.tickY(rows, { x: 'year', y: 'upper', stroke: colours.total, strokeWidth: 2 }),
      Plot.dot(rows, { x: 'year', y: 'total', fill: 'white', stroke: colours.total, strokeWidth: 2.5, r: 6 }),
      Plot.dot(rows, { x: 'year', y: 'observed', fill: colours.observed, symbol: 'square', r: 5 }),
      ...(log ? [] : [Plot.ruleY([0])]),
    ],
  }) as unknown as Element;
  for (const marked of svg.querySelectorAll('[aria-label], [aria-description]')) {
    marked.removeAttribute('aria-label');
    marked.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', summary);
  const legend = [
    [
      `<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect x="3" y="3" width="10" height="10" fill="${colours.observed}"/></svg>`,
      columnLabel('observed', lang),
    ],
    [
      `<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="5" fill="white" stroke="${colours.total}" stroke-width="2.5"/></svg>`,
      columnLabel('total', lang),
    ],
    [
      `<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><line x1="8" y1="1" x2="8" y2="15" stroke="${colours.total}" stroke-width="3"/></svg>`,
      lang === 'nl' ? '95%-interval' : '95% interval',
    ],
  ]
    .map(([mark, label]) => `<li>${mark}${escapeHtml(label ?? '')}</li>`)
    .join('');
  return `<div class="chart-legend"><ul>${legend}</ul></div>${svg.outerHTML}`;
}

/**
 * The headline estimate: in words with its interval and precision, the model in words (the formula
 * is on the methods page), why its registered count differs from the other tables', then the
 * period's table and each year's estimate as a chart and a table.
 */
export function renderEstimateSection(
  table: EditionTable,
  perYear: EditionTable | undefined,
  estimate: unknown,
  lang: Lang,
  options: { readonly threshold: number; readonly idPrefix?: string; readonly print?: boolean },
): string {
  const e = estimate as Estimate | null;
  const n = (column: string, v: number) => formatCell(column, v, lang);
  const period = e ? `${e.period.from}–${e.period.to}` : '';
  const lists = (e?.lists ?? []).map((l) => estimationListLabels[l]?.[lang] ?? l.replaceAll('_', ' '));
  const methods = `<a href="${hrefFrom(lang, methodsPage.file[lang])}">${methodsPage.title[lang].toLowerCase()}</a>`;
  const lead = e
    ? lang === 'nl'
      ? `<p class="headline">Naar schatting waren in ${period} <strong>${n('total', e.total)}</strong> kinderen slachtoffer van seksueel geweld (95%-interval: ${n('lower', e.lower)} tot ${n('upper', e.upper)}). Geschatte aantallen zijn afgerond op tientallen. Ketenpartners registreerden er ${n('observed', e.observed)}; naar schatting ${n('hidden', e.hidden)} kinderen zag geen enkele bron.</p>
<p><strong>Hoe geschat.</strong> ${escapeHtml(describeEstimationModel(e.model, lang, e.method, combinedFamilies(e.sensitivity)))} De ${methods} beschrijft het model en zijn aannames.</p>
<p><strong>Waarom dit geregistreerde aantal afwijkt.</strong> De schatting telt elk kind één keer over de hele periode, naar het jaar van het voorval, en alleen in de bronnen van de schatting (${escapeHtml(lists.join(', '))}). De andere tabellen tellen kinderen per jaar van registratie en over alle bronnen, ook de reclassering; een kind dat in meerdere jaren geregistreerd is, telt daar in elk jaar.</p>`
      : `<p class="headline">An estimated <strong>${n('total', e.total)}</strong> children were victims of sexual violence in ${period} (95% interval: ${n('lower', e.lower)} to ${n('upper', e.upper)}). Estimated numbers are rounded to tens. Chain partners registered ${n('observed', e.observed)} of them; an estimated ${n('hidden', e.hidden)} children were seen by no source.</p>
<p><strong>How it is estimated.</strong> ${escapeHtml(describeEstimationModel(e.model, lang, e.method, combinedFamilies(e.sensitivity)))} The ${methods} page describes the model and its assumptions.</p>
<p><strong>Why this registered number differs.</strong> The estimate counts each child once over the whole period, by year of incident, and only in the estimate’s sources (${escapeHtml(lists.join(', '))}). The other tables count children by year of registration and over all sources, probation included; a child registered in several years counts in each of them there.</p>`
    : '';
  // The model is described in words above; in the table it would be a paragraph in a cell.
  const shown = { ...table, measures: table.measures.filter((m) => m !== 'model') };
  const periodSection = renderIndicatorSection(shown, undefined, lang, options).replace(
    /(<h2 id="[^"]*">[^<]*<\/h2>\n<p>[^<]*<\/p>)/,
    `$1\n${lead}`,
  );
  if (!perYear) return periodSection;
  const first = perYear.rows[0]?.values;
  const last = perYear.rows.at(-1)?.values;
  const summary =
    first && last
      ? lang === 'nl'
        ? `Puntgrafiek per jaar van het geregistreerde aantal en het geschatte totaal met 95%-interval, ${String(first.year)} tot ${String(last.year)}. In ${String(last.year)}: ${n('observed', Number(last.observed))} geregistreerd, geschat ${n('total', Number(last.total))} (${n('lower', Number(last.lower))} tot ${n('upper', Number(last.upper))}).`
        : `Dot chart per year of the registered number and the estimated total with 95% interval, ${String(first.year)} to ${String(last.year)}. In ${String(last.year)}: ${n('observed', Number(last.observed))} registered, estimated ${n('total', Number(last.total))} (${n('lower', Number(last.lower))} to ${n('upper', Number(last.upper))}).`
      : '';
  const missing = ((estimate as { notEstimableYears?: { year: number }[] } | null)?.notEstimableYears ?? []).map((y) =>
    String(y.year),
  );
  const missingNote =
    missing.length === 0
      ? ''
      : lang === 'nl'
        ? `<p class="chart-note">Voor ${missing.join(', ')} zeggen de registraties niet genoeg over het aantal dat geen bron zag; dat jaar heeft geen schatting.</p>`
        : `<p class="chart-note">For ${missing.join(', ')} the registrations do not say enough about the number no source saw; that year has no estimate.</p>`;
  const yearSection = renderIndicatorSection(perYear, undefined, lang, options).replace(
    /(<h2 id="([^"]*)-heading">([^<]*)<\/h2>\n<p>[^<]*<\/p>)/,
    (_m, head: string, id: string, title: string) =>
      `${head}\n<figure class="chart" aria-labelledby="${id}-figcaption">
<figcaption id="${id}-figcaption">${title}</figcaption>
${perYearChart(perYear, lang, summary)}
<p class="chart-summary">${escapeHtml(summary)}</p>
</figure>${missingNote}`,
  );
  return `${periodSection}\n${yearSection}`;
}
