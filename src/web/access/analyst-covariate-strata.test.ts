import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { SensitivityEstimate } from '../../pipeline/index.ts';
import { renderInLanguage } from '../../../test/support/render-in-language.ts';
import type { Language } from '../i18n/index.ts';
import { AnalystCovariateStrata } from './analyst-covariate-strata.tsx';

const covariates: SensitivityEstimate = {
  family: 'covariates',
  published: false,
  status: 'ok',
  total: 9_104.4,
  lower: 8_456,
  upper: 9_871,
  intervalMethod: 'parametric-bootstrap',
  model: 'independence + justice×csg + age band×each list + sex×each list',
  covariates: ['age band', 'sex'],
  strata: [
    { values: ['12-15', 'F'], seen: 2_010.6, total: 4_020.2, lower: 3_700, upper: 4_400.7 },
    { values: ['0-11', 'M'], seen: 640.4, total: 1_601, lower: 1_300.2, upper: 1_999.9 },
  ],
};

function render(sensitivity: readonly SensitivityEstimate[] | undefined, language: Language) {
  return renderInLanguage(
    createElement(AnalystCovariateStrata, { sensitivity, language, period: '2018–2025' }),
    language,
  );
}

const cells = (document: Document, selector: string) =>
  [...document.querySelectorAll(selector)].map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').trim()),
  );

describe('AnalystCovariateStrata', () => {
  it('gives each age band and sex in words, seen, estimated with interval and the share not seen (Dutch)', () => {
    const document = render([covariates], 'nl');
    expect(document.querySelector('h2')?.textContent).toBe('Schatting per leeftijdsgroep en geslacht');
    expect(cells(document, 'thead tr')[0]).toEqual([
      'Geslacht en leeftijd bij het eerste voorval',
      'Geregistreerd (onbekenden verdeeld)',
      'Geschat totaal',
      'Ondergrens 95%',
      'Bovengrens 95%',
      'Niet geregistreerd (aandeel)',
    ]);
    expect(cells(document, 'tbody tr')).toEqual([
      ['Meisjes, 12 t/m 15 jaar', '2.011', '4.020', '3.700', '4.401', '50%'],
      ['Jongens, 0 t/m 11 jaar', '640', '1.601', '1.300', '2.000', '60%'],
    ]);
    expect(document.querySelector('section p')?.textContent).toMatch(/geen gepubliceerd cijfer/);
    expect(document.querySelector('a[download]')?.getAttribute('download')).toBe(
      'zicht-schatting-per-leeftijd-en-geslacht-2018-2025.csv',
    );
  });

  it('in English, and says so when the run has no estimate per age band and sex', () => {
    const document = render([covariates], 'en');
    expect(cells(document, 'tbody tr')[0]?.[0]).toBe('Girls, 12–15 years');
    for (const sensitivity of [undefined, [], [{ ...covariates, strata: undefined }]]) {
      const none = render(sensitivity as SensitivityEstimate[] | undefined, 'en');
      expect(none.querySelector('section p')?.textContent).toBe(
        'This run did not store an estimate per age band and sex (an older run, or the model could not be estimated).',
      );
      expect(none.querySelector('table')).toBeNull();
    }
  });
});
