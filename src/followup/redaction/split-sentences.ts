/** Abbreviations after which a full stop does not end a sentence ("mw.", "nr.", "P.J."). */
const abbreviationBefore =
  /(?:^|[\s(.])(?:\p{Lu}|Th|Chr|Ph|IJ|mw|mevr|dhr|nr|art|blz|bijv|o\.a|m\.i|o\.i|i\.p\.v|t\.a\.v|e\.d|z\.s\.m|ca|jl|resp|vs|etc|mr|dr|drs|ir|prof|ing|St|zgn|incl|excl|evt)$/u;

export type Sentence = { readonly start: number; readonly end: number; readonly text: string };

/** The sentences of a text with their offsets; initials and abbreviations do not end one, a line break does. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: from + lead, end: from + lead + body.length, text: body });
    from = end;
  };
  for (const m of text.matchAll(/[.!?]+(?=\s|$)|\n+/g)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && abbreviationBefore.test(text.slice(from, m.index))) continue;
    push(end);
  }
  push(text.length);
  return out;
}
