import { once } from 'node:events';
import { createWriteStream, openSync } from 'node:fs';
import { csvField, formatCsvRecord } from '../csv/index.ts';

/** Writes a header and rows to a CSV file (LF line ends), honouring back-pressure so memory stays flat. */
export async function writeCsvFile(
  path: string,
  columns: readonly string[],
  rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
): Promise<number> {
  // Opened here, not by the stream later: when the rows fail at once (a file refused on its first
  // line) and the caller removes the folder, a late open would fail with nobody listening (an
  // unhandled ENOENT, seen once under CI load).
  const out = createWriteStream(path, { fd: openSync(path, 'w'), encoding: 'utf8' });
  let n = 0;
  try {
    let chunk = `${formatCsvRecord(columns, csvField)}\n`;
    for await (const row of rows) {
      chunk += `${formatCsvRecord(row, csvField)}\n`;
      n++;
      if (chunk.length > 1 << 16) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
    out.end(chunk);
    await once(out, 'finish');
    return n;
  } catch (error) {
    out.destroy();
    throw error;
  }
}
