import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterByTokens } from './cluster-by-tokens.ts';

describe('clusterByTokens', () => {
  it('links records that share a token, transitively, and only within the same slot', () => {
    const clusters = clusterByTokens([
      { key: 'c', tokens: ['bsn1', null] },
      { key: 'a', tokens: [null, 'name1'] },
      { key: 'b', tokens: ['bsn1', 'name1'] },
      { key: 'd', tokens: ['name1', null] },
      { key: 'e', tokens: [null, null] },
    ]);
    expect(Object.fromEntries(clusters)).toEqual({ a: 'a', b: 'a', c: 'a', d: 'd', e: 'e' });
  });

  it('gives the same clusters whatever the input order (property)', () => {
    const record = fc.record({ key: fc.uuid(), tokens: fc.array(fc.option(fc.constantFrom('x', 'y', 'z', 'w'), { nil: null }), { minLength: 2, maxLength: 2 }) });
    fc.assert(
      fc.property(fc.uniqueArray(record, { selector: (r) => r.key, maxLength: 30 }), (records) => {
        const forward = clusterByTokens(records);
        const backward = clusterByTokens([...records].reverse());
        expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
        for (const r of records) for (const s of records) {
          const share = r.tokens.some((t, i) => t !== null && s.tokens[i] === t);
          if (share) expect(forward.get(r.key)).toBe(forward.get(s.key));
        }
      }),
    );
  });
});
