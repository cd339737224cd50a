import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { SensitivityEstimate } from '../../pipeline/index.ts';
import { renderInLanguage } from '../../../test/support/render-in-language.ts';
import type { Language } from '../i18n/index.ts';
import { AnalystSensitivity } from './analyst-sensitivity.tsx';

const sensitivityFixture: readonly SensitivityEstimate[] = [
  { family: 'latent-class', published: false, status: 'not-estimable', reason: 'fewer than three lists saw anyone' },
  {
    family: 'heterogeneity',
    published: true,
    status: 'ok',
    total: 12_345.6,
    lower: 8_001.2,
    upper: 19_999.7,
    intervalMethod: 'profile',
    model: 'justice + csg + justice:csg + C(s, 3)',
  },
  {
    family: 'independence',
    published: false,
    status: 'ok',
    total: 6_214.4,
    lower: 6_101,
    upper: 6_339,
    intervalMethod: 'wald',
    model: 'justice + csg',
  },
  {
    family: 'pairwise',
    published: false,
    status: 'ok',
    total: 8_766,
    lower: 7_432,
    upper: 10_987,
    intervalMethod: 'bootstrap',
    model: 'justice + csg + justice:csg',
    warning: 'the bootstrap chose 14 different models',
  },
];

/** The component as static markup (no chart: Plot draws only in a browser, after layout). */
function render(sensitivity: readonly SensitivityEstimate[] | undefined, language: Language) {
  return renderInLanguage(
    createElement(AnalystSensitivity, { sensitivity, observed: 4_250, language, period: '2018–2025' }),
    language,
  );
}

const bodyRows = (document: Document) =>
  [...document.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').trim()),
  );

// the pipeline's ids must never be shown: every label comes from the page's texts
const ids =
  /^(independence|pairwise|heterogeneity|latent-class|covariates|profile|wald|bootstrap|parametric-bootstrap|posterior|not-estimable)$/;
const expectWords = (rows: string[][]) => {
  for (const row of rows) {
    for (const cell of row) expect(cell).not.toMatch(ids);
    expect(row.join(' ')).not.toMatch(/latent-class|not-estimable|parametric-bootstrap|age band=/);
  }
};

describe('AnalystSensitivity', () => {
  it('lists every family in Dutch, simple to rich, in words, with rounded counts and the published one marked', () => {
    const document = render(sensitivityFixture, 'nl');
    expect(document.querySelector('h2')?.textContent).toBe('Schatting per modelfamilie');
    const rows = bodyRows(document);
    expect(rows.map((r) => r[0])).toEqual([
      'Onafhankelijke lijsten',
      'Afhankelijke paren van lijsten',
      'Heterogeniteit (gepubliceerd)',
      'Latente klassen',
    ]);
    expect(rows[2]?.slice(1, 5)).toEqual(['12.346', '8.001', '20.000', 'profiel-likelihood (alleen binnen dit model)']);
    expect(rows[1]?.[4]).toBe('bootstrap die het model opnieuw kiest (met modelkeuze)');
    expect(rows[1]?.[7]).toBe('Let op: the bootstrap chose 14 different models');
    // a family without an estimate: no numbers, its assumption, and why
    expect(rows[3]?.[1]).toBe('—geen gegevens');
    expect(rows[3]?.[5]).toMatch(/^Bayesiaans niet-parametrisch latente-klassenmodel/);
    expect(rows[3]?.[7]).toBe('Niet te schatten: fewer than three lists saw anyone');
    expectWords(rows);
    expect(document.querySelector('a[download]')?.getAttribute('download')).toBe(
      'zicht-schatting-per-modelfamilie-2018-2025.csv',
    );
  });

  it('describes the chart in words: the range over the families, the registered number, the published family, the one not estimable', () => {
    const document = render(sensitivityFixture, 'en');
    const figure = document.querySelector('figure');
    const summary = figure?.querySelector('p.chart-summary');
    expect(summary?.textContent).toBe(
      'The estimate runs from 6,214 (Independent lists) to 12,346 (Heterogeneity); 4,250 children are registered. The published estimate comes from Heterogeneity. Not estimable: Latent classes. The table below gives every number.',
    );
    expect(figure?.querySelector('figcaption')?.textContent).toBe(
      'Estimated total number of children per model family with interval, and the number of children registered, 2018–2025',
    );
    const rows = bodyRows(document);
    expect(rows.map((r) => r[0])).toEqual([
      'Independent lists',
      'Dependent pairs of lists',
      'Heterogeneity (published)',
      'Latent classes',
    ]);
    expect(rows[0]?.[4]).toBe('Wald on the log scale (within this model only)');
    expectWords(rows);
  });

  it('says the run did not store the families when an older output lacks them', () => {
    for (const sensitivity of [undefined, []]) {
      const document = render(sensitivity, 'en');
      expect(document.querySelector('h2')?.textContent).toBe('Estimate per model family');
      expect(document.querySelector('section p')?.textContent).toBe(
        'This run did not store the estimate per model family yet; run the pipeline again to see it.',
      );
      expect(document.querySelector('table')).toBeNull();
    }
  });

  it('places the age-and-sex model after the pairwise one, with its interval and formula in words', () => {
    const covariates: SensitivityEstimate = {
      family: 'covariates',
      published: false,
      status: 'ok',
      total: 9_104.4,
      lower: 8_456,
      upper: 9_871,
      intervalMethod: 'parametric-bootstrap',
      model: 'independence + justice×csg + age band×each list + sex×each list',
    };
    for (const [language, name, interval, formula] of [
      [
        'nl',
        'Leeftijd en geslacht',
        'parametrische bootstrap (alleen binnen dit model)',
        'onafhankelijkheid + politie en justitie × Centrum Seksueel Geweld + leeftijdsgroep × elke lijst + geslacht × elke lijst',
      ],
      [
        'en',
        'Age and sex',
        'parametric bootstrap (within this model only)',
        'independence + police and justice × Centre for Sexual Violence + age band × each list + sex × each list',
      ],
    ] as const) {
      const rows = bodyRows(render([...sensitivityFixture, covariates], language));
      expect(rows[2]?.[0]).toBe(name);
      expect(rows[2]?.slice(4, 7)).toEqual([interval, rows[2]?.[5], formula]);
      expect(rows[2]?.[5]).toMatch(language === 'nl' ? /leeftijd en het geslacht/ : /age and sex explain/);
      expectWords(rows);
    }
  });

  it('names a family this page does not know in words, not by its id', () => {
    const unknown = { ...sensitivityFixture[2], family: 'mixture' } as unknown as SensitivityEstimate;
    const rows = bodyRows(render([unknown], 'nl'));
    expect(rows.map((r) => r[0])).toEqual(['Ander model']);
  });
});
