import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter, type SplitLine } from './line-splitter.ts';

/** Splits `text`, cut into chunks at `cuts`, and collects every line. */
function splitAll(text: string, cuts: readonly number[], maxLength: number): SplitLine[] {
  const splitter = new LineSplitter(maxLength);
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const lines = [0, ...points].flatMap((from, i) => splitter.push(text.slice(from, points[i] ?? text.length)));
  const last = splitter.end();
  return last ? [...lines, last] : lines;
}

describe('LineSplitter', () => {
  it('gives the lines of String.split however the text is cut into chunks, and only the length of a line over the limit (property)', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom('\n', '\r\n', '{', 'é', '😀'), fc.string({ maxLength: 12 })), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 40 }), (t, cuts, max) => {
        const parts = t.split('\n');
        if (parts.at(-1) === '') parts.pop();
        const expected = parts.map((line) => (line.length > max ? { tooLong: line.length } : { text: line }));
        expect(splitAll(t, cuts, max)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('measures a line of 40 million characters fed in 64 KB chunks without keeping it', () => {
    const splitter = new LineSplitter(1_000_000);
    const chunk = 'x'.repeat(1 << 16);
    for (let i = 0; i < 610; i++) expect(splitter.push(chunk)).toEqual([]);
    expect(splitter.push('y\nz')).toEqual([{ tooLong: 610 * (1 << 16) + 1 }]);
    expect(splitter.end()).toEqual({ text: 'z' });
  });
});
