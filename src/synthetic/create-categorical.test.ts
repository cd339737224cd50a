import { describe, expect, it } from 'vitest';
import { createRng } from '../random/index.ts';
import { createCategorical } from './create-categorical.ts';

describe('createCategorical', () => {
  it('samples categories in proportion to their weights', () => {
    const rng = createRng(3);
    const pick = createCategorical([
      ['a', 1],
      ['b', 3],
    ] as const);
    const share: number[] = Array.from({ length: 40_000 }, () => (pick(rng) === 'b' ? 1 : 0));
    // 40,000 draws: standard error 0.0022, tolerance 0.01
    expect(Math.abs(share.reduce((s, x) => s + x, 0) / share.length - 0.75)).toBeLessThan(0.01);
  });
});
