import { describe, expect, it } from 'vitest';
import { combinedFamilies, describeEstimationModel, modelFormula } from './describe-estimation-model.ts';

describe('modelFormula: the model as the analyst reads it, without code ids', () => {
  it('names the lists and the terms in the reader’s language', () => {
    const model = 'independence + justice×csg + veilig_thuis×victim_support + heterogeneity';
    expect(modelFormula(model, 'nl')).toBe(
      'onafhankelijkheid + politie en justitie × Centrum Seksueel Geweld + Veilig Thuis × Slachtofferhulp Nederland + heterogeniteit',
    );
    expect(modelFormula(model, 'en')).toBe(
      'independence + police and justice × Centre for Sexual Violence + Veilig Thuis × Victim Support Netherlands + heterogeneity',
    );
    for (const lang of ['nl', 'en'] as const) expect(modelFormula(model, lang)).not.toMatch(/_|justice×|csg/);
  });

  it('reads pairs written with a colon, and keeps a term it does not know', () => {
    expect(modelFormula('independence + police:courts + A×B', 'en')).toBe('independence + Police × Courts + A × B');
  });

  it('names the covariate model’s terms: age band and sex with each list', () => {
    const model = 'independence + justice×csg + age band×each list + sex×justice';
    expect(modelFormula(model, 'nl')).toBe(
      'onafhankelijkheid + politie en justitie × Centrum Seksueel Geweld + leeftijdsgroep × elke lijst + geslacht × politie en justitie',
    );
    expect(modelFormula(model, 'en')).toBe(
      'independence + police and justice × Centre for Sexual Violence + age band × each list + sex × police and justice',
    );
  });

  it('translates the latent-class model’s description', () => {
    const model = 'latent classes: up to 10, on average 2.4 occupied (4 chains × 50,000 iterations)';
    expect(modelFormula(model, 'nl')).toBe(
      'latente klassen: hoogstens 10, gemiddeld 2,4 bezet (4 ketens × 50.000 iteraties)',
    );
    expect(modelFormula(model, 'en')).toBe(model);
  });
});

describe('describeEstimationModel: the sentence names the families the figure combines', () => {
  const model = 'independence + justice×csg + justice×veilig_thuis + csg×veilig_thuis';
  const method = 'pairwise-and-heterogeneity';

  it('does not describe the pairwise model when the figure leaves it out', () => {
    const en = describeEstimationModel(model, 'en', method, ['latent-class']);
    expect(en).not.toMatch(/Log-linear model in which/);
    expect(en).toMatch(/come from latent classes/);
    expect(en).toMatch(/Not counted: log-linear models of pairs of sources and a model with a common term/);
    const nl = describeEstimationModel(model, 'nl', method, ['latent-class']);
    expect(nl).not.toMatch(/Log-lineair model waarin/);
    expect(nl).toMatch(/komen uit latente klassen/);
    expect(nl).toMatch(
      /Niet meegeteld: log-lineaire modellen met paren van bronnen en een model met een gemeenschappelijke term/,
    );
  });

  it('describes the pairwise model, and names the one left out, when pairs count', () => {
    const en = describeEstimationModel(model, 'en', method, ['pairwise', 'heterogeneity']);
    expect(en).toMatch(/^Log-linear model in which every pair of sources may be related/);
    expect(en).toMatch(/between the results of log-linear models of pairs of sources and a model with a common term/);
    expect(en).toMatch(/Not counted: latent classes .*; it describes/);
    const all = describeEstimationModel(model, 'nl', method, ['pairwise', 'heterogeneity', 'latent-class']);
    expect(all).not.toMatch(/Niet meegeteld/);
  });

  it('keeps the general sentence for an estimate stored without its families, and reads them from the sensitivity', () => {
    expect(describeEstimationModel(model, 'en', method)).toMatch(
      /except a model that describes the registered table far worse/,
    );
    expect(
      combinedFamilies([
        { family: 'independence', published: false, status: 'ok' },
        { family: 'pairwise', published: false, status: 'ok' },
        { family: 'heterogeneity', published: true, status: 'not-estimable' },
        { family: 'latent-class', published: true, status: 'ok' },
        { family: 'covariates', status: 'ok' },
      ]),
    ).toEqual(['latent-class']);
    expect(combinedFamilies(undefined)).toBeUndefined();
  });
});
