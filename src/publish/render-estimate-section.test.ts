import { describe, expect, it } from 'vitest';
import type { EditionTable } from './edition-table.ts';
import { renderEstimateSection } from './render-estimate-section.ts';

const table: EditionTable = {
  id: 'estimated-total-victims',
  title: { nl: 'Geschat aantal slachtoffers', en: 'Estimated number of victims' },
  definition: { nl: 'Schatting.', en: 'Estimate.' },
  unit: { nl: 'kinderen', en: 'children' },
  dimensions: [],
  measures: ['observed', 'total', 'model'],
  rows: [{ values: { observed: 1200, total: 3000, model: 'independence' }, status: 'published' }],
};

const estimate = (published: readonly string[]) => ({
  period: { from: 2020, to: 2024 },
  lists: ['justice', 'csg', 'veilig_thuis', 'victim_support'],
  observed: 1200,
  hidden: 1800,
  total: 3000,
  lower: 2200,
  upper: 4100,
  model: 'independence + justice×csg + justice×veilig_thuis + csg×veilig_thuis',
  method: 'pairwise-and-heterogeneity',
  sensitivity: ['independence', 'pairwise', 'heterogeneity', 'latent-class'].map((family) => ({
    family,
    status: 'ok',
    published: published.includes(family),
  })),
});

describe('renderEstimateSection: how the published figure was estimated', () => {
  it('describes only the model families the figure combines', () => {
    const html = renderEstimateSection(table, undefined, estimate(['latent-class']), 'en', { threshold: 10 });
    expect(html).toMatch(/How it is estimated/);
    expect(html).toMatch(/come from latent classes/);
    expect(html).not.toMatch(/Log-linear model in which/);
    const nl = renderEstimateSection(table, undefined, estimate(['pairwise', 'latent-class']), 'nl', { threshold: 10 });
    expect(nl).toMatch(/Log-lineair model waarin elk paar bronnen mag samenhangen/);
    expect(nl).toMatch(/Niet meegeteld: een model met een gemeenschappelijke term voor zichtbaarheid/);
  });
});
