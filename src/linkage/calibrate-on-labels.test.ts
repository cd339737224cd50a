import { describe, expect, it } from 'vitest';
import { calibratedProbability, calibrateOnLabels } from './calibrate-on-labels.ts';

const bits = (p: number) => Math.log2(p / (1 - p));

describe('calibrateOnLabels', () => {
  it('pulls a pattern the labels contradict towards them (twins: the model says match, the BSNs say not)', () => {
    const calibration = calibrateOnLabels([
      ...Array.from({ length: 30 }, (_, i) => ({
        key: `ok${i}`,
        group: `g${i}`,
        modelBits: bits(0.9),
        labelled: 100,
        agreeing: 90,
      })),
      { key: 'twins', group: 'first differs, surname agrees', modelBits: bits(0.98), labelled: 200, agreeing: 4 },
    ]);
    const { shifts, counts, strength } = calibration;
    const twins = calibratedProbability(
      bits(0.98),
      shifts.get('first differs, surname agrees') ?? 0,
      counts.get('twins'),
      strength,
    );
    expect(twins).toBeGreaterThan(0.01);
    expect(twins).toBeLessThan(0.05);
    // the patterns where the model was right barely move
    const ok = calibratedProbability(bits(0.9), shifts.get('g0') ?? 0, counts.get('ok0'), strength);
    expect(Math.abs(ok - 0.9)).toBeLessThan(0.01);
  });

  it("moves an unlabelled pattern by its group's shift (twins whose birth year was keyed wrongly)", () => {
    const { shifts } = calibrateOnLabels([
      {
        key: 'twins, same date',
        group: 'first differs, surname agrees',
        modelBits: bits(0.99),
        labelled: 80,
        agreeing: 1,
      },
      { key: 'siblings', group: 'first differs, surname agrees', modelBits: bits(0.001), labelled: 900, agreeing: 0 },
    ]);
    const shift = shifts.get('first differs, surname agrees') ?? 0;
    expect(shift).toBeLessThan(-4);
    // a pattern of the group no labelled pair showed: birth years one apart, the model says 0.9
    expect(calibratedProbability(bits(0.9), shift, undefined, 10)).toBeLessThan(0.5);
  });

  it('leaves the model nearly alone where the labels agree with it', () => {
    const { shifts } = calibrateOnLabels(
      Array.from({ length: 20 }, (_, i) => ({
        key: String(i),
        group: 'g',
        modelBits: bits(0.3),
        labelled: 50,
        agreeing: 15,
      })),
    );
    expect(Math.abs(shifts.get('g') ?? 0)).toBeLessThan(0.05);
  });

  it('returns nothing to correct without labelled pairs', () => {
    const c = calibrateOnLabels([{ key: 'a', group: 'g', modelBits: 0, labelled: 0, agreeing: 0 }]);
    expect(c.counts.size).toBe(0);
    expect(calibratedProbability(0, c.shifts.get('g') ?? 0, c.counts.get('a'), c.strength)).toBe(0.5);
  });
});
