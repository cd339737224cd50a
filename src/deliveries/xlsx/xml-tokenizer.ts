import { XlsxRefusal } from './xlsx-refusal.ts';

/** What the tokenizer reports: element starts and ends (local names, prefixes dropped) and raw text. */
export type XmlVisitor = {
  /** `tag` is the raw start tag, to read attributes from with `xmlAttribute`. */
  open(name: string, tag: string): void;
  close(name: string): void;
  /** Raw text between tags: entities are still encoded (see `decodeXmlText`), CDATA already plain. */
  text(raw: string, cdata: boolean): void;
};

const localName = (qualified: string) => {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
};

/**
 * A streaming tokenizer for the plain XML of a worksheet: elements, attributes, text, CDATA,
 * comments and processing instructions. It never expands a DTD (a DOCTYPE is refused: Excel writes
 * none, and entity definitions are how XML bombs work). Text is handed on as it comes; only an
 * unfinished tag is carried to the next chunk, and it may be at most `maxMarkup` long, so the work
 * is linear in the input and memory is bounded.
 */
export class XmlTokenizer {
  private carry = '';

  constructor(
    private readonly part: string,
    private readonly visitor: XmlVisitor,
    private readonly maxMarkup: number,
  ) {}

  push(chunk: string): void {
    const s = this.carry.length > 0 ? this.carry + chunk : chunk;
    this.carry = '';
    const { visitor } = this;
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        visitor.text(s.slice(i), false);
        return;
      }
      if (lt > i) visitor.text(s.slice(i, lt), false);
      const end = this.markupEnd(s, lt);
      if (end < 0) {
        if (s.length - lt > this.maxMarkup) this.refuse('a tag that does not end');
        this.carry = s.slice(lt);
        return;
      }
      this.markup(s, lt, end);
      i = end;
    }
  }

  /** Checks that the part did not end inside a tag. */
  end(): void {
    if (this.carry.trim().length > 0) this.refuse('an unfinished tag at its end');
  }

  /** Where the markup starting at `lt` ends (just past it), or -1 when it continues in the next chunk. */
  private markupEnd(s: string, lt: number): number {
    const next = s.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (s.startsWith('<!--', lt)) return after(s.indexOf('-->', lt + 4), 3);
      if (s.startsWith('<![CDATA[', lt)) return after(s.indexOf(']]>', lt + 9), 3);
      if (s.length - lt < 9) return -1;
      if (s.startsWith('<!DOCTYPE', lt)) this.refuse('a document type declaration, which Excel never writes');
      this.refuse('markup it cannot read');
    }
    if (next === 63 /* ? */) return after(s.indexOf('?>', lt + 2), 2);
    // a tag: '>' ends it, except inside a quoted attribute value
    let quote = 0;
    for (let j = lt + 1; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) return j + 1;
    }
    return -1;
  }

  private markup(s: string, lt: number, end: number): void {
    const { visitor } = this;
    if (s.startsWith('<![CDATA[', lt)) visitor.text(s.slice(lt + 9, end - 3), true);
    else if (s.charCodeAt(lt + 1) === 33 || s.charCodeAt(lt + 1) === 63) return;
    else if (s.charCodeAt(lt + 1) === 47 /* / */) visitor.close(localName(s.slice(lt + 2, end - 1).trim()));
    else {
      const tag = s.slice(lt, end);
      const nameEnd = tag.search(/[\s/>]/);
      const name = localName(tag.slice(1, nameEnd < 0 ? tag.length - 1 : nameEnd));
      visitor.open(name, tag);
      if (tag.charCodeAt(tag.length - 2) === 47) visitor.close(name);
    }
  }

  private refuse(what: string): never {
    throw new XlsxRefusal(
      `Part ${this.part} of this workbook holds ${what}; save the workbook again from Excel, or deliver it as CSV UTF-8.`,
      this.part,
    );
  }
}

const after = (index: number, length: number) => (index < 0 ? -1 : index + length);

const attributePatterns = new Map<string, RegExp>();

/** An attribute's value from a raw start tag (by local name, any prefix), entities decoded; null when absent. */
export function xmlAttribute(tag: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? decodeXmlText(match[1] ?? match[2] ?? '') : null;
}

const entities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its five entities and character references decoded (an invalid reference becomes U+FFFD). */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return entities[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}
