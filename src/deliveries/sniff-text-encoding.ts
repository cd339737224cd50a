/**
 * What the first bytes of a delivered text file (CSV or JSON lines) say it is. Only UTF-8 (and
 * Windows-1252, told apart later) can be read; anything else is refused as a whole before a row is
 * read, because read as Windows-1252 it would end as a "missing column" on every row.
 */
export type TextSniff =
  | { readonly kind: 'text' }
  | {
      readonly kind: 'wide';
      readonly encoding: 'UTF-16' | 'UTF-32';
      readonly byteOrder: 'little-endian' | 'big-endian';
      readonly bom: boolean;
    }
  | { readonly kind: 'binary'; readonly what: string };

/** How many leading bytes the sniff looks at: a header line and a few rows. */
export const sniffBytes = 4096;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** File signatures of what partners upload by mistake instead of a CSV export. */
const signatures: readonly { readonly prefix: readonly number[]; readonly what: string }[] = [
  { prefix: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { prefix: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (an .xlsx workbook, perhaps)' },
  { prefix: [0x50, 0x4b, 0x05, 0x06], what: 'an empty zip archive' },
  {
    prefix: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Excel (.xls) or Word file, or a password-protected workbook',
  },
  { prefix: [0x1f, 0x8b], what: 'a gzip archive' },
  { prefix: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { prefix: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { prefix: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { prefix: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { prefix: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'an SQLite database' },
];

/** Share of the sniffed bytes that must sit in the zero positions of UTF-16/32 text (ASCII characters). */
const wideZeroShare = 0.7;
/** UTF-16: share of the characters whose high byte is zero, at least (see below). */
const wideHalfShare = 0.5;
/** Text has at most a stray control byte (a NUL in one value is a row problem); this share or more is not text. */
const binaryControlShare = 0.1;

/** Tells UTF-16/32 (with or without byte order mark) and binary files from text, by the first bytes. */
export function sniffTextEncoding(head: Uint8Array): TextSniff {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { kind: 'text' };
  if (startsWith(head, [0xff, 0xfe, 0, 0]))
    return { kind: 'wide', encoding: 'UTF-32', byteOrder: 'little-endian', bom: true };
  if (startsWith(head, [0, 0, 0xfe, 0xff]))
    return { kind: 'wide', encoding: 'UTF-32', byteOrder: 'big-endian', bom: true };
  if (startsWith(head, [0xff, 0xfe]))
    return { kind: 'wide', encoding: 'UTF-16', byteOrder: 'little-endian', bom: true };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'wide', encoding: 'UTF-16', byteOrder: 'big-endian', bom: true };
  for (const { prefix, what } of signatures) if (startsWith(head, prefix)) return { kind: 'binary', what };

  const n = Math.min(head.length, sniffBytes) & ~3;
  if (n >= 4) {
    const zeros = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) if (head[i] === 0) zeros[i & 3] = (zeros[i & 3] as number) + 1;
    const quarter = n / 4;
    const mostly = (position: number) => (zeros[position] as number) >= wideZeroShare * quarter;
    const rarely = (position: number) => (zeros[position] as number) <= (1 - wideZeroShare) * quarter;
    if (rarely(0) && mostly(1) && mostly(2) && mostly(3))
      return { kind: 'wide', encoding: 'UTF-32', byteOrder: 'little-endian', bom: false };
    if (mostly(0) && mostly(1) && mostly(2) && rarely(3))
      return { kind: 'wide', encoding: 'UTF-32', byteOrder: 'big-endian', bom: false };
    // UTF-16: judged per byte parity, over all characters together. The high byte is zero for ASCII
    // and Latin-1 letters, so at least half of a delivery's characters give one (a field of '€'
    // still comes with its comma); text in an 8-bit encoding has no zero bytes at all.
    const half = n / 2;
    const even = (zeros[0] as number) + (zeros[2] as number);
    const odd = (zeros[1] as number) + (zeros[3] as number);
    if (even <= (1 - wideZeroShare) * half && odd >= wideHalfShare * half)
      return { kind: 'wide', encoding: 'UTF-16', byteOrder: 'little-endian', bom: false };
    if (odd <= (1 - wideZeroShare) * half && even >= wideHalfShare * half)
      return { kind: 'wide', encoding: 'UTF-16', byteOrder: 'big-endian', bom: false };
  }
  const sample = Math.min(head.length, sniffBytes);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const b = head[i] as number;
    // tab, line feed, form feed and carriage return are text; 0x1A ends old DOS text files
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 0x1a) || b === 0x7f) control++;
  }
  if (sample > 0 && control >= Math.max(1, binaryControlShare * sample) && control >= 4)
    return { kind: 'binary', what: 'binary data, not text' };
  return { kind: 'text' };
}

/** The plain-words reason a file that is not UTF-8 or Windows-1252 text cannot be read, or null when it can. */
export function notTextReason(sniff: TextSniff, format: 'csv' | 'jsonl'): string | null {
  const utf8 = format === 'csv' ? 'UTF-8 (in Excel: Save as, "CSV UTF-8 (comma delimited)")' : 'UTF-8';
  if (sniff.kind === 'wide') {
    const how = `${sniff.byteOrder}, ${sniff.bom ? 'with' : 'without'} a byte order mark`;
    return `This file is ${sniff.encoding} (${how}), and Zicht reads UTF-8: save it as ${utf8} and deliver again.`;
  }
  if (sniff.kind === 'binary') {
    return format === 'csv'
      ? `This file is ${sniff.what}, not CSV text: deliver the CSV file itself, saved as ${utf8}, or a workbook as .xlsx.`
      : `This file is ${sniff.what}, not JSON lines text: deliver one JSON object per line, in UTF-8.`;
  }
  return null;
}
