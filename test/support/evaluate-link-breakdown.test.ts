import { describe, expect, it } from 'vitest';
import { evaluateLinkBreakdown } from './evaluate-link-breakdown.ts';

describe('evaluateLinkBreakdown', () => {
  // A and B are twins; cluster C1 wrongly holds one of B's records with both of A's; D and E are
  // two strangers merged in C3.
  const predicted = ['C1', 'C1', 'C1', 'C2', 'C3', 'C3'];
  const truth = ['A', 'A', 'B', 'B', 'D', 'E'];
  const phenomena = [['twin'], [], ['twin'], ['twin', 'no_bsn'], ['no_bsn'], []];
  const relativeOf = new Map([
    ['A', 'B'],
    ['B', 'A'],
  ]);
  const result = evaluateLinkBreakdown({
    predicted,
    truth,
    phenomena,
    relativeOf,
    order: ['twin', 'sibling', 'no_bsn'],
  });
  const row = (p: string) => result.phenomena.find((r) => r.phenomenon === p);

  it('counts true, found and false pairs overall (by hand: 2 true, 1 found, 3 false)', () => {
    // true pairs A(0,1) found, B(2,3) split; false pairs (0,2), (1,2), (4,5)
    expect(result).toMatchObject({ truePairs: 2, foundPairs: 1, falsePairs: 3 });
  });

  it('breaks them down per phenomenon, a pair counting when either record carries it', () => {
    // twin: true (0,1) found, (2,3) missed; false (0,2) and (1,2); only (0,2) has twins on both sides
    expect(row('twin')).toEqual({
      phenomenon: 'twin',
      records: 3,
      truePairs: 2,
      foundPairs: 1,
      recall: 0.5,
      falsePairs: 2,
      relativeMerges: 1,
    });
    // no_bsn: true (2,3) missed; false (4,5), D and E no relatives
    expect(row('no_bsn')).toEqual({
      phenomenon: 'no_bsn',
      records: 2,
      truePairs: 1,
      foundPairs: 0,
      recall: 0,
      falsePairs: 1,
      relativeMerges: 0,
    });
  });

  it('lists asked-for phenomena without records, recall unknown, in the order asked', () => {
    expect(result.phenomena.map((r) => r.phenomenon)).toEqual(['twin', 'sibling', 'no_bsn']);
    expect(row('sibling')).toMatchObject({ records: 0, truePairs: 0, recall: null, falsePairs: 0 });
  });
});
