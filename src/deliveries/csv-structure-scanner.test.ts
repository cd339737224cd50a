import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvStructureScanner } from './csv-structure-scanner.ts';
import { scanCsvStructure } from './scan-csv-structure.ts';

const dir = mkdtempSync(join(tmpdir(), 'zicht-scanner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scanAll = (parts: readonly Uint8Array[]) => {
  const scanner = new CsvStructureScanner(44, 3, 1);
  for (const part of parts) scanner.push(part);
  scanner.end();
  return {
    records: scanner.records,
    wellFormed: scanner.wellFormed,
    multiline: scanner.multiline,
    samples: [...scanner.samples],
  };
};

describe('CsvStructureScanner', () => {
  it('counts records and fields, quoted delimiters, quoted newlines and a last line without newline', () => {
    const bytes = Buffer.from('a,"b,c",d\r\ne,"f\ng",h\n\ni,j,k');
    expect(scanAll([bytes])).toEqual({ records: 3, wellFormed: true, multiline: true, samples: [[1, 'b,c']] });
    expect(scanAll([Buffer.from('a,b\nc,d,e\n')])).toMatchObject({ records: 2, wellFormed: false });
    expect(scanAll([Buffer.from('a,b"c,d\n')])).toMatchObject({ wellFormed: false });
    expect(scanAll([Buffer.from('a,"b,c\n')])).toMatchObject({ wellFormed: false });
  });

  it('gives the same result however the bytes are cut into chunks (property)', () => {
    const cell = fc.constantFrom('', 'x', 'ë€', '"q""uote"', '"a\nb"', '"', ',', '\r', 'P1');
    const text = fc
      .array(
        fc.array(cell, { minLength: 1, maxLength: 4 }).map((r) => r.join(',')),
        { maxLength: 40 },
      )
      .map((rows) => rows.join('\n'));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (t, cuts) => {
        const bytes = Buffer.from(t);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const parts = [0, ...points].map((from, i) => bytes.subarray(from, points[i] ?? bytes.length));
        expect(scanAll(parts)).toEqual(scanAll([bytes]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('CsvStructureScanner and control characters', () => {
  const control = (text: string, delimiter = 44) => {
    const scanner = new CsvStructureScanner(delimiter, 3, 1);
    scanner.push(Buffer.from(text));
    scanner.end();
    return scanner.controlCharacters;
  };

  it('notices a control character in a value, quoted or not, but not a line end or a tab delimiter', () => {
    expect(control('a,b,c\r\nd,e,f\n')).toBe(false);
    expect(control('a\tb\tc\n', 9)).toBe(false);
    expect(control('a,b\u0000,c\n')).toBe(true);
    expect(control('a,b\tx,c\n')).toBe(true);
    expect(control('a,"b\nx",c\n')).toBe(true);
    expect(control('a,"b\u001b",c\n')).toBe(true);
    expect(control('a,b\u007f,c\n')).toBe(true);
  });
});

describe('scanCsvStructure', () => {
  it('keeps a multi-byte character cut by a chunk boundary, and refuses one cut by the end of the file', async () => {
    // the scan reads 1 MiB chunks: put "€" (3 bytes) across the first boundary
    const head = 'a,person_id,c\n';
    const filler = 'x'.repeat((1 << 20) - head.length - 1);
    const file = join(dir, 'boundary.csv');
    writeFileSync(file, `${head}${filler}€,P1,z\n`);
    expect(await scanCsvStructure(file, 'person_id')).toMatchObject({ utf8: true, wellFormed: true, records: 1 });
    const cut = join(dir, 'cut.csv');
    writeFileSync(cut, Buffer.from(`${head}y,P1,€`).subarray(0, -1));
    expect((await scanCsvStructure(cut, 'person_id')).utf8).toBe(false);
  });
});
