import { writeFileSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Builds workbooks by hand for tests: any XML, and zip bombs. Not used by the application.
 */

/** A part as packed in the zip: its deflated bytes, its real size, and the size the directory claims. */
export type PackedPart = {
  readonly name: string;
  readonly deflated: Buffer;
  readonly size: number;
  readonly claimedSize?: number;
  readonly crc?: number;
};

export const packPart = (name: string, text: string): PackedPart => {
  const data = Buffer.from(text);
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/**
 * A part that unpacks to `prefix`, `unit` repeated `times`, then `suffix` — gigabytes, if asked —
 * packed in moments: each piece is deflated once with a full flush (so no piece refers back into
 * another) and the packed unit is repeated as it is.
 */
export function packRepeated(name: string, prefix: string, unit: string, times: number, suffix: string): PackedPart {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const packedUnit = deflateRawSync(Buffer.from(unit), flush);
  const deflated = Buffer.concat([
    deflateRawSync(Buffer.from(prefix), flush),
    ...Array.from({ length: times }, () => packedUnit),
    deflateRawSync(Buffer.from(suffix)),
  ]);
  return {
    name,
    deflated,
    size: Buffer.byteLength(prefix) + Buffer.byteLength(unit) * times + Buffer.byteLength(suffix),
    crc: 0,
  };
}

/** Writes a zip of the parts (deflated, no zip64). */
export function writeZip(path: string, parts: readonly PackedPart[]): void {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const claimed = part.claimedSize ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc ?? 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc ?? 0, 16);
    entry.writeUInt32LE(part.deflated.length, 20);
    entry.writeUInt32LE(claimed, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, part.deflated);
    directory.push(entry, name);
    offset += 30 + name.length + part.deflated.length;
  }
  const directorySize = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...chunks, ...directory, end]));
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Escapes text for XML. */
export const xmlText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A worksheet part of rows of inline-string cells, each row `<row>` and each cell `<c>` written by `cell`. */
export const sheetXml = (rowsXml: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}"><sheetData>${rowsXml}</sheetData></worksheet>`;

/** Rows of inline strings with cell references (A1, B1 …) or, with `references: false`, without. */
export function inlineRows(rows: readonly (readonly string[])[], references = true): string {
  const letter = (i: number) => String.fromCharCode(65 + i);
  return rows
    .map(
      (cells, r) =>
        `<row${references ? ` r="${r + 1}"` : ''}>${cells.map((v, c) => `<c${references ? ` r="${letter(c)}${r + 1}"` : ''} t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`).join('')}</row>`,
    )
    .join('');
}

/** The parts of a minimal workbook around a sheet (and shared strings, if given). */
export function workbookParts(sheet: PackedPart, sharedStrings?: PackedPart): PackedPart[] {
  return [
    packPart(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    packPart(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${relationships}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    packPart(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    sheet,
    ...(sharedStrings ? [sharedStrings] : []),
  ];
}
