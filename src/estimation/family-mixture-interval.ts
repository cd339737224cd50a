import { normalCdf } from './normal-cdf.ts';
import { normalQuantile } from './normal-quantile.ts';

/** One model family's answer: its estimate and interval at `level`. */
export type FamilyAnswer = { readonly total: number; readonly lower: number; readonly upper: number };

/**
 * The interval of an equal mixture of model families' answers: each family's interval is read as a
 * split normal on the log scale (centred on its log estimate, each side's spread from its own limit,
 * so a skewed interval stays skewed), and the limits are the mixture's (1 − level)/2 and
 * (1 + level)/2 points. A model-averaged tail-area interval (Turek & Fletcher 2012) with equal
 * weights: the families the data cannot choose between count alike, and a family far from the
 * others moves the limits without setting them alone.
 */
export function familyMixtureInterval(
  families: readonly FamilyAnswer[],
  level = 0.95,
): { readonly lower: number; readonly upper: number } {
  if (families.length === 0) throw new Error('familyMixtureInterval needs at least one family');
  const z = normalQuantile((1 + level) / 2);
  const below = (family: FamilyAnswer, x: number): number => {
    const centre = Math.log(family.total);
    const at = Math.log(x);
    const spread = (at < centre ? centre - Math.log(family.lower) : Math.log(family.upper) - centre) / z;
    if (!(spread > 0)) return at < centre ? 0 : 1;
    return normalCdf((at - centre) / spread);
  };
  const mixture = (x: number) => families.reduce((sum, f) => sum + below(f, x), 0) / families.length;
  // the limits lie between the lowest lower and the highest upper limit: bisect on the log scale
  const point = (p: number): number => {
    let low = Math.log(Math.min(...families.map((f) => f.lower)));
    let high = Math.log(Math.max(...families.map((f) => f.upper)));
    for (let i = 0; i < 100 && high - low > 1e-12; i++) {
      const mid = (low + high) / 2;
      if (mixture(Math.exp(mid)) < p) low = mid;
      else high = mid;
    }
    return Math.exp((low + high) / 2);
  };
  return { lower: point((1 - level) / 2), upper: point((1 + level) / 2) };
}
