import { decodeXmlText } from './xml-tokenizer.ts';

/** Collects an element's raw text up to a length, to decode once when the element ends. */
export class TextCollector {
  private pieces: string[] = [];
  private length = 0;

  constructor(private readonly maxLength: number) {}

  add(raw: string, cdata: boolean): void {
    if (this.length >= this.maxLength) return;
    // CDATA is plain text: escape what decoding would otherwise change
    const text = cdata ? raw.replaceAll('&', '&amp;') : raw;
    const room = this.maxLength - this.length;
    const kept = text.length > room ? text.slice(0, room) : text;
    this.pieces.push(kept);
    this.length += kept.length;
  }

  /** The collected text, decoded; the collector is empty again. */
  take(): string {
    const text = decodeXmlText(this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join(''));
    this.pieces = [];
    this.length = 0;
    return text;
  }
}

/** Office's own escape inside text (`_x000D_` for a carriage return, `_x005F_` for an underscore), decoded as Excel does. */
export function decodeOfficeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell's value as text, by its type (`t`): a number as JavaScript writes it, a boolean as
 * true/false, an error as its code (#N/A), a date as YYYY-MM-DD, text as it is. Shared strings are
 * resolved by the caller.
 */
export function cellText(type: string | null, value: string): string {
  switch (type) {
    case 'b':
      return value.trim() === '0' ? 'false' : 'true';
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
    case 'str':
    case 'inlineStr':
    case 'e':
      return value;
    default:
      return numberPattern.test(value.trim()) ? String(Number(value)) : value;
  }
}
