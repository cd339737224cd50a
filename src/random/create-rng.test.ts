import { describe, expect, it } from 'vitest';
import { createRng } from './create-rng.ts';

const draw = (n: number, f: () => number) => Array.from({ length: n }, f);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('createRng', () => {
  it('repeats its sequence for the same seed and stream, and differs otherwise', () => {
    const a = createRng(42, 'x');
    const b = createRng(42, 'x');
    const seqA = draw(100, () => a.next());
    expect(draw(100, () => b.next())).toEqual(seqA);
    const c = createRng(42, 'y');
    expect(draw(100, () => c.next())).not.toEqual(seqA);
    const d = createRng(43, 'x');
    expect(draw(100, () => d.next())).not.toEqual(seqA);
  });

  it('keeps the sequence the synthetic chains and golden files were made with', () => {
    const rng = createRng(1, 'x');
    expect(draw(3, () => rng.next())).toEqual([0.2796962831635028, 0.27142387349158525, 0.4457595918793231]);
  });

  it('draws uniforms in [0,1) with mean 1/2', () => {
    const rng = createRng(1);
    const xs = draw(100_000, () => rng.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 2);
  });

  it('draws standard normals (mean 0, sd 1) and poisson counts with mean λ', () => {
    const rng = createRng(2);
    const z = draw(100_000, () => rng.normal());
    const m = mean(z);
    expect(m).toBeCloseTo(0, 1);
    expect(Math.sqrt(mean(z.map((x) => (x - m) ** 2)))).toBeCloseTo(1, 1);
    expect(mean(draw(50_000, () => rng.poisson(3.5)))).toBeCloseTo(3.5, 1);
    expect(mean(draw(20_000, () => rng.poisson(80)))).toBeGreaterThan(79);
    const medianOfLognormal = draw(20_001, () => rng.lognormal(30, 1)).sort((a, b) => a - b)[10_000] as number;
    expect(medianOfLognormal).toBeGreaterThan(28);
    expect(medianOfLognormal).toBeLessThan(32);
  });
});
