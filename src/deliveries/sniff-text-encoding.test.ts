import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffTextEncoding } from './sniff-text-encoding.ts';

const encode = (text: string, bits: 16 | 32, order: 'LE' | 'BE', bom: boolean): Buffer => {
  const codes = [...(bom ? '\uFEFF' : ''), ...text].map((c) => c.codePointAt(0) as number);
  const bytes = Buffer.alloc(codes.length * (bits / 8));
  codes.forEach((code, i) => {
    if (bits === 16) order === 'LE' ? bytes.writeUInt16LE(code, i * 2) : bytes.writeUInt16BE(code, i * 2);
    else order === 'LE' ? bytes.writeUInt32LE(code, i * 4) : bytes.writeUInt32BE(code, i * 4);
  });
  return bytes;
};

/** Lines of a delivery: mostly ASCII, some Dutch letters, as partners' files are. */
const csvText = fc
  .array(
    fc.array(
      fc.oneof(fc.constantFrom('police', 'P1', '2010-01', 'ë', 'é', '€', ''), fc.stringMatching(/^[a-z0-9 _-]{0,8}$/)),
      { minLength: 2, maxLength: 9 },
    ),
    { minLength: 1, maxLength: 20 },
  )
  .map((rows) => `${rows.map((r) => r.join(',')).join('\n')}\n`)
  .filter((t) => t.length >= 8);

describe('sniffTextEncoding', () => {
  it('tells UTF-16 and UTF-32 of either byte order, with or without byte order mark, from text (property)', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.constantFrom(16 as const, 32 as const),
        fc.constantFrom('LE' as const, 'BE' as const),
        fc.boolean(),
        (text, bits, order, bom) => {
          expect(sniffTextEncoding(encode(text, bits, order, bom))).toEqual({
            kind: 'wide',
            encoding: `UTF-${bits}`,
            byteOrder: order === 'LE' ? 'little-endian' : 'big-endian',
            bom,
          });
          expect(sniffTextEncoding(Buffer.from(text))).toEqual({ kind: 'text' });
          expect(sniffTextEncoding(Buffer.from(`\uFEFF${text}`))).toEqual({ kind: 'text' });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells UTF-16 without byte order mark when a third of the characters are euro signs (found by the property)', () => {
    expect(sniffTextEncoding(Buffer.from('police,€,€,é\n', 'utf16le'))).toEqual({
      kind: 'wide',
      encoding: 'UTF-16',
      byteOrder: 'little-endian',
      bom: false,
    });
  });

  it('keeps a text with a stray NUL in one value as text, and knows binary files', () => {
    expect(sniffTextEncoding(Buffer.from('source,person_id\npolice,P\u00001\npolice,P2\n'))).toEqual({ kind: 'text' });
    expect(sniffTextEncoding(Buffer.from('%PDF-1.7'))).toEqual({ kind: 'binary', what: 'a PDF document' });
    expect(sniffTextEncoding(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatchObject({
      kind: 'binary',
      what: 'a PNG image',
    });
    expect(sniffTextEncoding(Buffer.from(Array.from({ length: 256 }, (_, i) => i)))).toEqual({
      kind: 'binary',
      what: 'binary data, not text',
    });
    expect(sniffTextEncoding(Buffer.alloc(0))).toEqual({ kind: 'text' });
  });
});
