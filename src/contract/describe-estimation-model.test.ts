import { describe, expect, it } from 'vitest';
import { modelFormula } from './describe-estimation-model.ts';

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
