import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { ZipEntry } from './read-zip-directory.ts';
import { deliverAsCsv, XlsxRefusal } from './xlsx-refusal.ts';

const damaged = (entry: ZipEntry) =>
  new XlsxRefusal(`Part ${entry.name} of this workbook is damaged: ${deliverAsCsv}.`, entry.name);

async function dataStart(path: string, entry: ZipEntry): Promise<number> {
  const file = await open(path, 'r');
  try {
    const header = Buffer.alloc(30);
    const { bytesRead } = await file.read(header, 0, 30, entry.localHeaderOffset);
    if (bytesRead < 30 || header.readUInt32LE(0) !== 0x04034b50) throw damaged(entry);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await file.close();
  }
}

/**
 * A zip entry's contents as UTF-8 text, chunk by chunk. Unpacking stops as soon as it yields more
 * than the directory said (a bomb that lies about its sizes), so memory never depends on the data.
 */
export async function* zipEntryText(path: string, entry: ZipEntry): AsyncGenerator<string> {
  if (entry.compressedSize === 0) return;
  const start = await dataStart(path, entry);
  const packed = createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 16 });
  let source: Readable = packed;
  if (entry.method === 8) {
    const inflate = createInflateRaw({ chunkSize: 1 << 16 });
    packed.on('error', (error) => inflate.destroy(error));
    source = packed.pipe(inflate);
  }
  const decoder = new TextDecoder('utf-8');
  let unpacked = 0;
  try {
    for await (const chunk of source) {
      unpacked += (chunk as Buffer).length;
      if (unpacked > entry.uncompressedSize) {
        throw new XlsxRefusal(
          `Part ${entry.name} of this workbook unpacks to more than the ${entry.uncompressedSize.toLocaleString('en')} bytes its zip directory states (a zip bomb, or a damaged file): ${deliverAsCsv}.`,
          entry.name,
        );
      }
      yield decoder.decode(chunk as Buffer, { stream: true });
    }
  } catch (error) {
    if (error instanceof XlsxRefusal) throw error;
    throw damaged(entry);
  } finally {
    packed.destroy();
    source.destroy();
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
