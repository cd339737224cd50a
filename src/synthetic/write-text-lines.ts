import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const chunkChars = 1 << 20;

/**
 * Writes lines (each followed by \n) as UTF-8 in large chunks, waiting for the stream to drain
 * (backpressure) so a million rows neither pile up in memory nor trickle out line by line.
 */
export async function writeTextLines(path: string, lines: Iterable<string>): Promise<{ lines: number; bytes: number }> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | null = null;
  stream.on('error', (e) => {
    failure = e;
  });
  let chunk = '';
  let count = 0;
  let bytes = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    bytes += Buffer.byteLength(chunk);
    const ok = stream.write(chunk);
    chunk = '';
    if (!ok && !failure) await once(stream, 'drain');
    if (failure) throw failure;
  };
  try {
    for (const line of lines) {
      chunk += `${line}\n`;
      count++;
      if (chunk.length >= chunkChars) await flush();
    }
    await flush();
  } catch (e) {
    stream.destroy();
    throw e;
  }
  stream.end();
  await once(stream, 'close');
  if (failure) throw failure;
  return { lines: count, bytes };
}
