import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { ModelComparison } from '../../pipeline/index.ts';
import { renderInLanguage } from '../../../test/support/render-in-language.ts';
import type { Language } from '../i18n/index.ts';
import { AnalystModelComparison } from './analyst-model-comparison.tsx';

const comparison: ModelComparison = {
  criterion: 'bic',
  tried: 64,
  excluded: 2,
  candidates: [
    {
      model: 'independence + justice×csg',
      family: 'pairwise',
      parameters: 6,
      df: 9,
      deviance: 12.34,
      aic: 101.26,
      bic: 120.5,
      total: 9_876.4,
      chosen: true,
    },
    {
      model: 'independence',
      family: 'pairwise',
      parameters: 5,
      df: 10,
      deviance: 20.1,
      aic: 107.02,
      bic: 120.9,
      total: 8_001,
      chosen: false,
    },
  ],
  cells: [
    { history: '1100', observed: 120, fitted: 100 },
    { history: '1000', observed: 950, fitted: 961.5 },
    { history: '0100', observed: 300, fitted: 308.5 },
  ],
};

function render(c: ModelComparison | undefined, language: Language, observed = 1_370) {
  return renderInLanguage(
    createElement(AnalystModelComparison, {
      comparison: c,
      lists: ['justice', 'csg'],
      observed,
      language,
      period: '2018–2025',
    }),
    language,
  );
}

const tableRows = (table: Element | undefined) =>
  [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').trim()),
  );

describe('AnalystModelComparison', () => {
  it('shows deviance, AIC and BIC with their decimal, not rounded to whole numbers (Dutch)', () => {
    const document = render(comparison, 'nl');
    const [models] = document.querySelectorAll('table');
    expect(tableRows(models)[0]?.slice(2, 9)).toEqual(['6', '9', '12,3', '101,3', '120,5', '0', '9.876']);
    expect(tableRows(models)[1]?.[7]).toBe('0,4');
  });

  it('marks a model above ten times the number seen as one the rule does not publish', () => {
    const plain = render(comparison, 'en');
    expect(plain.body.textContent).not.toContain('more than ten times');
    // 9,876.4 > 10 × 900 seen; 8,001 is not
    const document = render(comparison, 'en', 900);
    const [models] = document.querySelectorAll('table');
    expect(tableRows(models)[0]?.[0]).toBe(
      'independence + police and justice × Centre for Sexual Violence (chosen) (more than ten times the number of children seen: the rule does not publish this model)',
    );
    expect(tableRows(models)[1]?.[0]).not.toContain('ten times');
    expect(document.body.textContent).toContain('One model gives more than ten times the number of children seen.');
    const nl = render(comparison, 'nl', 700);
    expect(nl.body.textContent).toContain('2 modellen geven meer dan tien keer het aantal geziene kinderen.');
  });

  it('gives the chosen model’s fit per combination of lists, in words, with χ² and the largest departure', () => {
    const document = render(comparison, 'en');
    const tables = document.querySelectorAll('table');
    expect(tables).toHaveLength(2);
    expect(tableRows(tables[1])).toEqual([
      ['police and justice and Centre for Sexual Violence', '120', '100', '2'],
      ['police and justice', '950', '961.5', '-0.37'],
      ['Centre for Sexual Violence', '300', '308.5', '-0.48'],
    ]);
    const text = document.body.textContent ?? '';
    // χ² = 2² + 0.37² + 0.48² = 4.37; the largest departure named only when beyond ±2
    expect(text).toContain('Together: χ² = 4.4 on 9 degrees of freedom.');
    expect(text).not.toContain('The largest departure');
    const off = render({ ...comparison, cells: [{ history: '1100', observed: 150, fitted: 100 }] }, 'nl');
    expect(off.body.textContent).toContain(
      'De grootste afwijking: gezien door politie en justitie en Centrum Seksueel Geweld (residu 5).',
    );
    expect(document.querySelectorAll('a[download]')[1]?.getAttribute('download')).toBe(
      'zicht-model-fit-per-pattern-2018-2025.csv',
    );
  });

  it('leaves the fit out for an output stored before it was added', () => {
    const { cells: _, ...old } = comparison;
    expect(render(old, 'en').querySelectorAll('table')).toHaveLength(1);
    expect(render(undefined, 'en').querySelector('section p')?.textContent).toBe(
      'This run did not store the models compared yet; run the pipeline again to see them.',
    );
  });
});
