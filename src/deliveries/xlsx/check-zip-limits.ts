import type { ZipEntry } from './read-zip-directory.ts';
import type { XlsxLimits } from './xlsx-limits.ts';
import { deliverAsCsv, XlsxRefusal } from './xlsx-refusal.ts';

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** Refuses a workbook from its zip directory alone, before anything is unpacked, when all its parts together unpack to too much. */
export function checkZipTotal(entries: readonly ZipEntry[], limits: XlsxLimits): void {
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  if (total > limits.maxTotalBytes) {
    throw new XlsxRefusal(
      `This workbook unpacks to ${mb(total)}, more than the ${mb(limits.maxTotalBytes)} a delivered workbook may: ${deliverAsCsv}.`,
      total,
    );
  }
}

/**
 * Refuses a part before it is unpacked: protected, packed in a way not read here, larger than the
 * reader allows for it (`maxBytes`), or packed more tightly than real XML ever is.
 */
export function checkZipPart(entry: ZipEntry, maxBytes: number, limits: XlsxLimits): void {
  if (entry.encrypted)
    throw new XlsxRefusal(
      'This workbook is password-protected: remove the password, or deliver it as CSV UTF-8.',
      entry.name,
    );
  if (entry.method !== 0 && entry.method !== 8) {
    throw new XlsxRefusal(
      `Part ${entry.name} of this workbook is packed in a way Zicht cannot read (method ${entry.method}): ${deliverAsCsv}.`,
      entry.name,
    );
  }
  if (entry.uncompressedSize > maxBytes) {
    throw new XlsxRefusal(
      `Part ${entry.name} of this workbook unpacks to ${mb(entry.uncompressedSize)}, more than the ${mb(maxBytes)} it may: ${deliverAsCsv}.`,
      entry.name,
    );
  }
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
    throw new XlsxRefusal(
      `Part ${entry.name} of this workbook unpacks to ${Math.round(ratio).toLocaleString('en')} times its packed size, which Excel never writes (a zip bomb): ${deliverAsCsv}.`,
      entry.name,
    );
  }
}
