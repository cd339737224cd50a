import { open } from 'node:fs/promises';
import { sniffBytes, sniffTextEncoding } from '../sniff-text-encoding.ts';
import type { XlsxLimits } from './xlsx-limits.ts';
import { deliverAsCsv, XlsxRefusal } from './xlsx-refusal.ts';

/** One file in a zip, as its central directory describes it. */
export type ZipEntry = {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
};

const [endSignature, zip64EndSignature, zip64LocatorSignature, entrySignature] = [
  0x06054b50, 0x06064b50, 0x07064b50, 0x02014b50,
];
const endRecordSize = 22;
const maxCommentSize = 0xffff;
const oleSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const notAWorkbook = (what: string) =>
  new XlsxRefusal(`This file is ${what}, not a readable XLSX workbook: ${deliverAsCsv}.`, what);

function u64(buffer: Buffer, at: number): number {
  const value = buffer.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw notAWorkbook('a damaged zip archive');
  return Number(value);
}

/**
 * Reads a zip's central directory (zip64 too) without unpacking anything: the names and the sizes
 * the workbook claims, so limits can be checked before a byte is inflated.
 */
export async function readZipDirectory(path: string, limits: XlsxLimits): Promise<ZipEntry[]> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const read = async (position: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, position);
      if (bytesRead < length) throw notAWorkbook('a damaged zip archive');
      return buffer;
    };
    const head = await read(0, Math.min(size, sniffBytes));
    if (head.length >= 8 && head.subarray(0, 8).equals(oleSignature)) {
      throw new XlsxRefusal(
        'This file is an old Excel workbook (.xls) or a password-protected one: remove the password and save it as .xlsx, or deliver it as CSV UTF-8 (in Excel: Save as, "CSV UTF-8 (comma delimited)").',
        'xls',
      );
    }
    if (size < endRecordSize || head.readUInt32LE(0) !== 0x04034b50) {
      if (size > 0 && sniffTextEncoding(head).kind === 'text') {
        throw new XlsxRefusal(
          'This file is text (a CSV or JSON lines file, perhaps), not an XLSX workbook: deliver it with the extension of what it is, .csv or .jsonl.',
          'text',
        );
      }
      throw notAWorkbook(size === 0 ? 'empty' : 'neither a zip archive nor text');
    }

    const tailLength = Math.min(size, endRecordSize + maxCommentSize);
    const tail = await read(size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - endRecordSize; i >= 0; i--) {
      if (tail.readUInt32LE(i) === endSignature) {
        end = i;
        break;
      }
    }
    if (end < 0) throw notAWorkbook('a damaged zip archive (its directory is missing)');
    let count = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      const locatorAt = size - tailLength + end - 20;
      const locator = locatorAt >= 0 ? await read(locatorAt, 20) : null;
      if (!locator || locator.readUInt32LE(0) !== zip64LocatorSignature) throw notAWorkbook('a damaged zip archive');
      const record = await read(u64(locator, 8), 56);
      if (record.readUInt32LE(0) !== zip64EndSignature) throw notAWorkbook('a damaged zip archive');
      count = u64(record, 32);
      directorySize = u64(record, 40);
      directoryOffset = u64(record, 48);
    }
    if (count > limits.maxEntries) {
      throw new XlsxRefusal(
        `This workbook holds ${count.toLocaleString('en')} files, more than the ${limits.maxEntries.toLocaleString('en')} a workbook may: ${deliverAsCsv}.`,
        count,
      );
    }
    // 46 bytes per entry plus a name: a directory larger than that for `count` entries is not one
    if (directorySize > count * (46 + 0xffff * 3) || directoryOffset + directorySize > size)
      throw notAWorkbook('a damaged zip archive');
    return parseEntries(await read(directoryOffset, directorySize), count);
  } finally {
    await file.close();
  }
}

function parseEntries(directory: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== entrySignature)
      throw notAWorkbook('a damaged zip archive');
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    let compressedSize = directory.readUInt32LE(at + 20);
    let uncompressedSize = directory.readUInt32LE(at + 24);
    let localHeaderOffset = directory.readUInt32LE(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > directory.length) throw notAWorkbook('a damaged zip archive');
    const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, nameEnd);
    // zip64: the sizes and offset that did not fit 32 bits follow, in this order, in extra field 1
    for (let x = nameEnd; x + 4 <= nameEnd + extraLength; ) {
      const id = directory.readUInt16LE(x);
      const length = directory.readUInt16LE(x + 2);
      if (id === 1) {
        let field = x + 4;
        const next = () => {
          if (field + 8 > x + 4 + length) throw notAWorkbook('a damaged zip archive');
          const value = u64(directory, field);
          field += 8;
          return value;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      x += 4 + length;
    }
    entries.push({
      name,
      method: directory.readUInt16LE(at + 10),
      encrypted: (flags & 1) === 1,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}
