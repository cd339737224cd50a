/** The markers around a generated part of a document: `<!-- name:begin -->` … `<!-- name:end -->`. */
const markers = (name: string) => [`<!-- ${name}:begin -->`, `<!-- ${name}:end -->`] as const;

/** The generated part called `name` in `doc`, trimmed; null when its markers are missing. */
export function readGeneratedSection(doc: string, name: string): string | null {
  const [begin, end] = markers(name);
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) return null;
  return doc.slice(from + begin.length, to).trim();
}

/** `doc` with the part called `name` replaced by `content`; throws when its markers are missing. */
export function writeGeneratedSection(doc: string, name: string, content: string): string {
  const [begin, end] = markers(name);
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the document has no ${begin} … ${end} markers`);
  return `${doc.slice(0, from + begin.length)}\n${content}\n${doc.slice(to)}`;
}
