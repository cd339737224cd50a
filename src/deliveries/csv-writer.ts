import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Quotes a CSV field when RFC 4180 requires it. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes a header and rows to a CSV file, honouring back-pressure so memory stays flat. */
export async function writeCsvFile(path: string, columns: readonly string[], rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let n = 0;
  let chunk = `${columns.map(csvField).join(',')}\n`;
  for await (const row of rows) {
    chunk += `${row.map(csvField).join(',')}\n`;
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
