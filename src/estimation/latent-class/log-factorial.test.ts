import { describe, expect, it } from 'vitest';
import { logGamma } from '../log-gamma.ts';
import { logFactorial } from './log-factorial.ts';

describe('logFactorial', () => {
  it('is exact for small k and agrees with log Γ(k + 1) across the switch to Stirling', () => {
    expect([0, 1, 2, 5].map(logFactorial)).toEqual(
      [0, 0, Math.log(2), Math.log(120)].map((x) => expect.closeTo(x, 14)),
    );
    for (const k of [255, 256, 257, 1000, 123_456, 10_000_000]) {
      expect(Math.abs(logFactorial(k) - logGamma(k + 1)) / logGamma(k + 1)).toBeLessThan(1e-13);
    }
  });
});
