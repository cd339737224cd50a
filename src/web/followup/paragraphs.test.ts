import { describe, expect, it } from 'vitest';
import { joinParagraphs, splitLines, splitParagraphs } from './paragraphs.ts';

describe('paragraphs in a textarea', () => {
  it('split at blank lines, join a line break inside a paragraph with a space, drop empty ones', () => {
    expect(splitParagraphs('Eerste alinea\nloopt door.\n\n  \nTweede alinea.\n \n')).toEqual([
      'Eerste alinea loopt door.',
      'Tweede alinea.',
    ]);
  });
  it('round-trip a list of paragraphs', () => {
    const paragraphs = ['Een.', 'Twee, met “aanhalingstekens”.', 'Drie.'];
    expect(splitParagraphs(joinParagraphs(paragraphs))).toEqual(paragraphs);
  });
  it('split lines and drop blank ones', () => {
    expect(splitLines('Turfmarkt 147\n\n 2511 DP Den Haag \n')).toEqual(['Turfmarkt 147', '2511 DP Den Haag']);
  });
});
