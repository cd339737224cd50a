import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { renderInLanguage } from '../../../test/support/render-in-language.ts';
import type { HiddenVictimsEstimate } from '../../pipeline/index.ts';
import { formattersFor, type Language, messages } from '../i18n/index.ts';
import { tooLittleOverlapMessage } from '../../estimation/refuse-too-little-overlap.ts';
import { EstimateResults } from './analyst-estimation.tsx';

const year = {
  year: 2024,
  observed: 180,
  hidden: 320,
  total: 500,
  lower: 390,
  upper: 1_400,
  model:
    'independence + justice×csg + justice×veilig_thuis + justice×victim_support + csg×veilig_thuis + csg×victim_support + veilig_thuis×victim_support',
};

const estimate = (upper: number, method: string): HiddenVictimsEstimate => ({
  period: { from: 2023, to: 2024 },
  lists: ['justice', 'csg', 'veilig_thuis', 'victim_support'],
  table: { sources: ['justice', 'csg', 'veilig_thuis', 'victim_support'], cells: [] },
  observed: 400,
  hidden: 700,
  total: 1_100,
  lower: 800,
  upper,
  intervalMethod: 'bootstrap',
  model: 'independence + justice×csg',
  method: 'pairwise',
  dropped: [],
  perYear: [
    { ...year, year: 2023, method: 'pairwise' },
    { ...year, method },
  ],
  captureCounts: [],
});

const render = (e: HiddenVictimsEstimate, language: Language) =>
  renderInLanguage(
    createElement(EstimateResults, {
      estimate: e,
      language,
      locale: { language, t: messages[language], format: formattersFor(language) },
    }),
    language,
  );

describe('the analyst’s estimate', () => {
  it('says when the upper limit is above ten times the number seen, and not otherwise', () => {
    expect(render(estimate(4_001, 'pairwise'), 'en').body.textContent).toContain(
      'The upper limit is above ten times the number of children seen',
    );
    expect(render(estimate(4_001, 'pairwise'), 'nl').body.textContent).toContain(
      'De bovengrens ligt boven tien keer het aantal geziene kinderen',
    );
    expect(render(estimate(4_000, 'pairwise'), 'en').body.textContent).not.toContain('The upper limit is above');
  });

  it('marks a year whose interval takes in the heterogeneity models', () => {
    const rows = [...render(estimate(2_000, 'pairwise-and-heterogeneity'), 'en').querySelectorAll('tbody tr')]
      .map((row) => row.textContent ?? '')
      .filter((text) => /^20(23|24)/.test(text));
    expect(rows).toHaveLength(2);
    expect(rows[0]).not.toContain('with heterogeneity in the interval');
    expect(rows[1]).toContain('with heterogeneity in the interval');
  });

  it('names a year the rule refused, with the number registered and the reason in the page’s language', () => {
    const refused: HiddenVictimsEstimate = {
      ...estimate(2_000, 'pairwise'),
      perYear: [{ ...year, method: 'pairwise' }],
      notEstimableYears: [
        { year: 2023, observed: 1_212, reason: tooLittleOverlapMessage() },
        { year: 2022, observed: 95, reason: 'only justice saw anyone: it takes at least two lists' },
      ],
    };
    const en = render(refused, 'en');
    const items = [...en.querySelectorAll('ul.refused-years li')].map((li) => li.textContent);
    expect(en.body.textContent).toContain('Years without an estimate');
    expect(en.querySelector('.chart-summary')?.textContent).toContain(
      'Without an estimate, and so not in the chart: 2023 and 2022 (see below the table).',
    );
    expect(items).toEqual([
      '2023 (1,212 registered): the estimate would be more than ten times the number of children registered; the lists overlap too little to say how many were missed',
      '2022 (95 registered): only justice saw anyone: it takes at least two lists',
    ]);
    const nl = render(refused, 'nl');
    expect(nl.querySelector('ul.refused-years li')?.textContent).toBe(
      '2023 (1.212 geregistreerd): de schatting zou meer dan tien keer het aantal geregistreerde kinderen zijn; de lijsten overlappen te weinig om te zeggen hoeveel er gemist zijn',
    );
    // the refused year has no row in the table
    const rows = [...en.querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
    expect(rows.some((text) => text.startsWith('2023'))).toBe(false);
    // every year refused: the section still says so, without an empty chart
    const none = render({ ...refused, perYear: [] }, 'en');
    expect(none.querySelectorAll('ul.refused-years li')).toHaveLength(2);
    expect(none.querySelector('figure.chart-figure')).toBeNull();
    // no refused year: no list
    expect(render(estimate(2_000, 'pairwise'), 'en').querySelector('ul.refused-years')).toBeNull();
  });

  it('says how well each family fits the table and which were left out for it, in words', () => {
    const withFit: HiddenVictimsEstimate = {
      ...estimate(2_000, 'pairwise-and-heterogeneity'),
      sensitivity: [
        {
          family: 'pairwise',
          published: false,
          status: 'ok',
          total: 4_000,
          lower: 3_000,
          upper: 5_000,
          intervalMethod: 'bootstrap',
          model: 'independence',
        },
        {
          family: 'heterogeneity',
          published: false,
          status: 'ok',
          total: 5_000,
          lower: 3_000,
          upper: 9_000,
          intervalMethod: 'profile',
          model: 'independence',
        },
        {
          family: 'latent-class',
          published: true,
          status: 'ok',
          total: 2_000,
          lower: 1_800,
          upper: 2_200,
          intervalMethod: 'posterior',
          model: 'latent classes',
        },
      ],
      fitComparison: {
        threshold: 10,
        aic: { pairwise: 5774.6, heterogeneity: 5776.2, latentClass: 5757.4 },
        latentClasses: 2,
        leftOut: ['pairwise', 'heterogeneity'],
      },
    };
    expect(render(withFit, 'en').body.textContent).toContain(
      'in AIC points above the best (lower is better): Dependent pairs of lists: +17; Heterogeneity: +19; Latent classes: best. More than 10 points means essentially no support in the data. Left out of the estimate for that reason: Dependent pairs of lists and Heterogeneity.',
    );
    expect(render(withFit, 'nl').body.textContent).toContain(
      'Daarom weggelaten uit de schatting: Afhankelijke paren van lijsten en Heterogeniteit.',
    );
    const beyond = {
      ...withFit,
      fitComparison: {
        threshold: 10,
        aic: { pairwise: 5764.1, heterogeneity: 5761.2, latentClass: 5757.4 },
        latentClasses: 2,
        leftOut: [],
        beyondBound: ['heterogeneity' as const],
      },
    };
    expect(render(beyond, 'en').body.textContent).toContain(
      'No family was left out for it. Also left out: Heterogeneity, whose estimate is more than ten times the registered number',
    );
    expect(render(beyond, 'nl').body.textContent).toContain(
      'Ook weggelaten: Heterogeniteit, met een schatting van meer dan tien keer',
    );
    expect(render(estimate(2_000, 'pairwise'), 'en').body.textContent).not.toContain('AIC points');
  });
});
