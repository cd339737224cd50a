import { describe, expect, it } from 'vitest';
import { sourceColours } from '../contract/series-colours.ts';
import type { EditionTable } from './edition-table.ts';
import { chartForm, chartSummary, renderChart } from './render-chart.ts';

const table = (
  dimensions: string[],
  measures: string[],
  rows: Record<string, string | number | null>[],
): EditionTable => ({
  id: 't',
  title: { nl: 'T', en: 'T' },
  definition: { nl: 'd', en: 'd' },
  unit: { nl: 'u', en: 'u' },
  dimensions,
  measures,
  rows: rows.map((values) => ({ values, status: 'published' as const })),
});
const svgText = (html: string) => [...html.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('charts for readers', () => {
  it('draws a stack of more than five segments as small multiples, titled by label', () => {
    const settings = ['home_victim', 'home_suspect', 'home_other', 'school', 'online', 'public_space', 'unknown'];
    const t = table(
      ['year', 'source', 'setting'],
      ['registrations'],
      settings.flatMap((setting, i) =>
        [2018, 2019].map((year) => ({ year, source: 'police', setting, registrations: 10 + i })),
      ),
    );
    const spec = { mark: 'bar' as const, x: 'year', y: 'registrations', z: 'setting', sum: true };
    expect(chartForm(t, spec)).toBe('small-multiples');
    const html = renderChart(t, spec, 'nl');
    expect(svgText(html)).toContain('Woning van het slachtoffer');
    expect(html).not.toMatch(/home_victim|public_space/);
    expect(chartSummary(t, spec, 'nl')).toContain('opgeteld over de bronnen');
  });

  it('puts chain steps on the axis by name, in step order, even where a withheld row has no order', () => {
    const steps = ['report', 'complaint', 'suspect_registered', 'om_inflow'];
    const t: EditionTable = {
      ...table(
        ['cohort', 'step'],
        ['step_order', 'incidents'],
        steps.map((step, i) => ({ cohort: 2020, step, step_order: i + 1, incidents: 100 - 10 * i })),
      ),
    };
    const withheld: EditionTable = {
      ...t,
      rows: [
        { values: { cohort: 2021, step: 'report', step_order: null, incidents: null }, status: 'threshold' },
        ...t.rows,
      ],
    };
    const html = renderChart(
      withheld,
      { mark: 'line', x: 'step', y: 'incidents', z: 'cohort', xOrder: 'step_order' },
      'en',
    );
    const labels = svgText(html).filter((s) =>
      ['Report', 'Complaint', 'Suspect known', 'At prosecution'].includes(s ?? ''),
    );
    expect(labels).toEqual(['Report', 'Complaint', 'Suspect known', 'At prosecution']);
    expect(html).not.toMatch(/step order|step_order|suspect_registered/);
  });

  it('draws shares as percentages and gives every source its one colour', () => {
    const t = table(
      ['year', 'source'],
      ['share'],
      [
        { year: 2018, source: 'police', share: 0.45 },
        { year: 2019, source: 'police', share: 0.5 },
        { year: 2018, source: 'veilig_thuis', share: 0.2 },
        { year: 2019, source: 'veilig_thuis', share: 0.25 },
      ],
    );
    const html = renderChart(t, { mark: 'line', x: 'year', y: 'share', z: 'source' }, 'nl');
    expect(svgText(html)).toContain('Aandeel (%)');
    expect(svgText(html)).toContain('100');
    expect(chartSummary(t, { mark: 'line', x: 'year', y: 'share', z: 'source' }, 'nl')).toContain(
      'Hoogste waarde: 50%',
    );
    expect(html).toContain(`stroke="${sourceColours.police}"`);
    expect(html).toContain(`stroke="${sourceColours.veilig_thuis}"`);
    expect(svgText(html)).not.toContain('2.018');
  });
});
