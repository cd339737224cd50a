import type { Signatory } from './followup-model.ts';

/** A generated document as plain data; `render-docx.ts` turns it into Word. Footnotes hold Kamerstuk references. */
export type DocumentBlock =
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 }
  | { readonly kind: 'paragraph'; readonly text: string; readonly footnotes?: readonly string[] }
  | {
      readonly kind: 'bullets';
      readonly items: readonly { readonly text: string; readonly footnotes?: readonly string[] }[];
    }
  | { readonly kind: 'meta'; readonly rows: readonly (readonly [string, string])[] }
  | { readonly kind: 'signatures'; readonly signatories: readonly Signatory[] };

export type OfficialDocument = {
  readonly kind: 'letter' | 'nota';
  readonly title: string;
  readonly version: 'internal' | 'public';
  readonly blocks: readonly DocumentBlock[];
};

/** Applies `f` to every text in the document (used for redaction). */
export function mapDocumentText(doc: OfficialDocument, f: (text: string) => string): OfficialDocument {
  return { ...doc, title: f(doc.title), blocks: doc.blocks.map((b) => mapBlockText(b, f)) };
}

function mapBlockText(b: DocumentBlock, f: (text: string) => string): DocumentBlock {
  const notes = (n?: readonly string[]) => (n ? { footnotes: n.map(f) } : {});
  switch (b.kind) {
    case 'heading':
      return { ...b, text: f(b.text) };
    case 'paragraph':
      return { kind: 'paragraph', text: f(b.text), ...notes(b.footnotes) };
    case 'bullets':
      return { kind: 'bullets', items: b.items.map((i) => ({ text: f(i.text), ...notes(i.footnotes) })) };
    case 'meta':
      return { kind: 'meta', rows: b.rows.map(([k, v]) => [f(k), f(v)] as const) };
    case 'signatures':
      return { kind: 'signatures', signatories: b.signatories.map((s) => ({ title: f(s.title), name: f(s.name) })) };
  }
}

/** Every text in the document, in order: for tests and for a plain-text view. */
export function documentText(doc: OfficialDocument): string {
  const lines = [doc.title];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') lines.push(b.text);
    if (b.kind === 'paragraph') lines.push(b.text, ...(b.footnotes ?? []));
    if (b.kind === 'bullets') for (const i of b.items) lines.push(i.text, ...(i.footnotes ?? []));
    if (b.kind === 'meta') for (const [k, v] of b.rows) lines.push(`${k}: ${v}`);
    if (b.kind === 'signatures') for (const s of b.signatories) lines.push(s.title, s.name);
  }
  return lines.join('\n');
}
