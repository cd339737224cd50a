import { describe, expect, it } from 'vitest';
import { checkRelation, judgeChecks, signTestP } from './check-relation.ts';
import type { Quantity } from './attack-model.ts';

const quantity = (id: number, published: number | null): Quantity => ({
  id,
  tableId: 't',
  row: {},
  column: 'c',
  origin: 'cell',
  status: published === null ? 'withheld' : 'published',
  statusText: '',
  published: published === null ? null : { lo: published, hi: published },
});

describe('checkRelation', () => {
  const quantities = [quantity(0, 40), quantity(1, 30), quantity(2, 75), quantity(3, null), quantity(4, 0)];
  const sum = [
    [0, 1],
    [1, 1],
    [2, -1],
  ] as const;

  it('allows each noisy term to be off by D, and nothing when D = 0', () => {
    expect(checkRelation(sum, '=', quantities, 0).outcome).toBe('fails');
    expect(checkRelation(sum, '=', quantities, 1).outcome).toBe('fails');
    expect(checkRelation(sum, '=', quantities, 2)).toEqual({ outcome: 'holds', misfit: -5, variance: 12 });
  });

  it('cannot check a row with a withheld count, and calls an all-zero row trivial', () => {
    expect(
      checkRelation(
        [
          [3, 1],
          [0, -1],
        ],
        '=',
        quantities,
        0,
      ).outcome,
    ).toBe('unchecked');
    expect(checkRelation([[4, 1]], '=', quantities, 3).outcome).toBe('trivial');
    expect(
      checkRelation(
        [
          [4, 1],
          [0, -1],
        ],
        '<=',
        quantities,
        0,
      ).outcome,
    ).toBe('trivial');
  });
});

describe('judgeChecks', () => {
  const held = (misfit: number) => ({ outcome: 'holds' as const, misfit, variance: 8 });
  const options = { minSupport: 3, maxNoise: 2, signTest: true };

  it('believes a relation that holds on enough rows with misfits like noise', () => {
    expect(judgeChecks([held(1), held(-2), held(0), held(3)], options).accepted).toBe(true);
  });

  it('refuses too few rows, one failure, or misfits larger on average than noise within ±D', () => {
    expect(judgeChecks([held(1), held(-2)], options).accepted).toBe(false);
    expect(
      judgeChecks([held(1), held(-2), held(0), { outcome: 'fails', misfit: 9, variance: 8 }], options).accepted,
    ).toBe(false);
    expect(judgeChecks([held(4), held(-4), held(3), held(-4)], options).accepted).toBe(false);
    expect(judgeChecks([held(1), held(-2), held(0), held(3)], { ...options, minCoverage: 0.5 }).accepted).toBe(true);
    expect(
      judgeChecks(
        [held(1), held(-2), held(0), held(3), ...Array(5).fill({ outcome: 'unchecked', misfit: 0, variance: 0 })],
        { ...options, minCoverage: 0.5 },
      ).accepted,
    ).toBe(false);
  });
});

describe('signTestP', () => {
  it('balanced misfits are noise, one-sided ones are not', () => {
    expect(signTestP(5, 5)).toBe(1);
    expect(signTestP(10, 0)).toBeCloseTo(2 / 1024);
    expect(signTestP(400, 420)).toBeGreaterThan(0.4);
    expect(signTestP(800, 200)).toBeLessThan(1e-6);
  });
});
