import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonNestingDepth } from './json-nesting-depth.ts';

/** The depth of a parsed value, counted the slow way: the reference. */
const depthOf = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value as object).map(depthOf)) : 0;

describe('jsonNestingDepth', () => {
  it('agrees with the depth of the parsed value, whatever brackets and quotes its strings hold (property)', () => {
    const tricky = fc.constantFrom('[', ']', '{', '}', '"', '\\', '\\"', '[{"a":');
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.array(tricky).map((a) => a.join('')),
        fc.integer(),
        tie('array'),
        tie('object'),
      ),
      array: fc.array(tie('node'), { maxLength: 4 }),
      object: fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 4 }),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(jsonNestingDepth(JSON.stringify(v))).toBe(depthOf(v));
      }),
      { numRuns: 500 },
    );
  });

  it('measures 100,000 levels without recursion', () => {
    expect(jsonNestingDepth(`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toBe(100_001);
  });
});
