import { decodeOfficeEscapes, TextCollector } from './cell-text.ts';
import { SharedStringTable } from './shared-string-table.ts';
import type { ZipEntry } from './read-zip-directory.ts';
import { XmlTokenizer } from './xml-tokenizer.ts';
import type { XlsxLimits } from './xlsx-limits.ts';
import { XlsxRefusal } from './xlsx-refusal.ts';
import { zipEntryText } from './zip-entry-text.ts';

/**
 * The workbook's shared strings, in order: each `<si>`'s text runs joined, phonetic guides (`<rPh>`)
 * left out. Refused past `maxSharedStrings`, before the next one is kept.
 */
export async function readSharedStrings(path: string, entry: ZipEntry, limits: XlsxLimits): Promise<SharedStringTable> {
  const strings = new SharedStringTable();
  const text = new TextCollector(limits.maxCellLength);
  let inItem = false;
  let phonetic = 0;
  let collecting = false;
  const tokenizer = new XmlTokenizer(
    entry.name,
    {
      open(name) {
        if (name === 'si') {
          if (strings.length >= limits.maxSharedStrings) {
            throw new XlsxRefusal(
              `This workbook holds more than ${limits.maxSharedStrings.toLocaleString('en')} distinct texts (shared strings), more than a delivered workbook may: deliver it as CSV UTF-8 (in Excel: Save as, "CSV UTF-8 (comma delimited)").`,
              limits.maxSharedStrings,
            );
          }
          inItem = true;
        } else if (name === 'rPh') phonetic++;
        else if (name === 't' && inItem && phonetic === 0) collecting = true;
      },
      close(name) {
        if (name === 't') collecting = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') {
          strings.push(decodeOfficeEscapes(text.take()));
          inItem = false;
        }
      },
      text(raw, cdata) {
        if (collecting) text.add(raw, cdata);
      },
    },
    limits.maxMarkupLength,
  );
  for await (const chunk of zipEntryText(path, entry)) tokenizer.push(chunk);
  tokenizer.end();
  return strings;
}
