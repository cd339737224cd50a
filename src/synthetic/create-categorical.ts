import type { Rng } from '../random/index.ts';

/** A sampler over weighted outcomes; weights need not sum to one. */
export type Categorical<T> = (rng: Rng) => T;

export function createCategorical<T>(weighted: readonly (readonly [T, number])[]): Categorical<T> {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  if (!(total > 0)) throw new Error('categorical weights must sum to more than zero');
  const cumulative: number[] = [];
  let acc = 0;
  for (const [, w] of weighted) {
    acc += w / total;
    cumulative.push(acc);
  }
  const values = weighted.map(([v]) => v);
  const last = values.length - 1;
  return (rng) => {
    const u = rng.next();
    for (let i = 0; i < last; i++) if (u < (cumulative[i] as number)) return values[i] as T;
    return values[last] as T;
  };
}
