import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from './text-diff.ts';
import { diffVersions } from './version-diff.ts';

const side = (changes: ReturnType<typeof wordDiff>, keep: 'removed' | 'added') =>
  changes
    .filter((c) => c.op === 'same' || c.op === keep)
    .map((c) => c.text)
    .join(' ');
const words = (text: string) => text.match(/\S+/g)?.join(' ') ?? '';

describe('word diff', () => {
  it('keeps the longest common run of words and marks the rest', () => {
    expect(wordDiff('de minister zegt toe', 'de staatssecretaris zegt toe')).toEqual([
      { op: 'same', text: 'de' },
      { op: 'removed', text: 'minister' },
      { op: 'added', text: 'staatssecretaris' },
      { op: 'same', text: 'zegt toe' },
    ]);
    expect(wordDiff('', 'nieuw')).toEqual([{ op: 'added', text: 'nieuw' }]);
    expect(wordDiff('weg', '')).toEqual([{ op: 'removed', text: 'weg' }]);
  });

  it('gives back both texts (as words) and keeps as many words as a longest common subsequence', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'de', 'Kamer'), { maxLength: 25 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = wordDiff(a, b);
        expect(side(d, 'removed')).toBe(words(a));
        expect(side(d, 'added')).toBe(words(b));
        const same = d.filter((c) => c.op === 'same').flatMap((c) => c.text.split(' '));
        expect(same.length).toBe(lcsLength(words(a).split(' ').filter(Boolean), words(b).split(' ').filter(Boolean)));
      }),
    );
  });
});

function lcsLength(a: string[], b: string[]): number {
  const row = Array(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

describe('version diff', () => {
  it('names each changed field by its path, with both values', () => {
    const before = { title: 'Monitor', letter: { generalResponse: ['Eén', 'Twee'], signatories: [] } };
    const after = { title: 'Monitor', letter: { generalResponse: ['Eén', 'Drie'], signatories: [{ name: 'X' }] } };
    expect(diffVersions(before, after).changes.map((c) => [c.path, c.before, c.after])).toEqual([
      ['letter.generalResponse.1', 'Twee', 'Drie'],
      ['letter.signatories.0.name', undefined, 'X'],
      ['letter.signatories', [], undefined],
    ]);
  });
});
