/**
 * Lists of paragraphs and of lines as one textarea: paragraphs are separated by a blank line (a
 * single line break inside a paragraph is a space), lines by a line break. Empty ones are dropped.
 */
export const joinParagraphs = (paragraphs: readonly string[] | undefined): string => (paragraphs ?? []).join('\n\n');

export const splitParagraphs = (text: string): string[] =>
  text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);

export const joinLines = (lines: readonly string[] | undefined): string => (lines ?? []).join('\n');

export const splitLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** An optional list: absent when empty, so the documents print their standard text or nothing. */
export const optionalList = (items: string[]): string[] | undefined => (items.length > 0 ? items : undefined);
