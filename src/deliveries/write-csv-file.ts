import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { csvField, formatCsvRecord } from '../csv/index.ts';

/** Writes a header and rows to a CSV file (LF line ends), honouring back-pressure so memory stays flat. */
export async function writeCsvFile(
  path: string,
  columns: readonly string[],
  rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let n = 0;
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
}
