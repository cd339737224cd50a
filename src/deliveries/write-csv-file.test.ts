import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCsvFile } from './write-csv-file.ts';

describe('writeCsvFile', () => {
  it('writes the header and the rows, and counts the rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-csv-'));
    try {
      const path = join(dir, 'rows.csv');
      const n = await writeCsvFile(
        path,
        ['a', 'b'],
        [
          [1, 'x'],
          [2, 'y,z'],
        ],
      );
      expect(n).toBe(2);
      expect(readFileSync(path, 'utf8')).toBe('a,b\n1,x\n2,"y,z"\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the rows fail at once and the caller removes the folder, nothing fails later unheard', async () => {
    const unheard: unknown[] = [];
    const listen = (error: unknown) => unheard.push(error);
    process.on('uncaughtException', listen);
    try {
      for (let attempt = 0; attempt < 20; attempt++) {
        const dir = mkdtempSync(join(tmpdir(), 'write-csv-'));
        // a file refused on its first line: the rows throw before the first is read
        async function* refused(): AsyncGenerator<readonly unknown[]> {
          yield* [];
          throw new Error('not UTF-8');
        }
        await expect(writeCsvFile(join(dir, 'rows.csv'), ['a'], refused())).rejects.toThrow('not UTF-8');
        rmSync(dir, { recursive: true, force: true });
      }
      // give a late open or write the time to fail
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unheard).toEqual([]);
    } finally {
      process.off('uncaughtException', listen);
    }
  });
});
