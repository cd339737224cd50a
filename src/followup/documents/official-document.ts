import type { Signatory } from '../followup-model.ts';

/** A text with the Kamerstuk references it cites; `render-docx.ts` turns the references into footnotes. */
export type Footnoted = { readonly text: string; readonly footnotes?: readonly string[] };

/** One entry of the letterhead's side column: an optional label ("Datum") above its lines. */
export type SideEntry = { readonly label?: string; readonly lines: readonly string[]; readonly strong?: boolean };

/**
 * Rijksoverheid letter paper as data: the ministry's name where the logo stands, the side column
 * (sender, addresses, Ons kenmerk …) on the first page and its short form (Datum, kenmerk) on later
 * pages, CONCEPT on every page of a draft, and what the footer prints beside "Pagina X van Y".
 */
export type Letterhead = {
  readonly organisation: string;
  readonly concept?: string;
  readonly firstPage: readonly SideEntry[];
  readonly laterPages: readonly SideEntry[];
  readonly footer?: string;
};

export type DocumentBlock =
  /** The watermark-like first line of a draft. */
  | { readonly kind: 'concept'; readonly text: string }
  /** The addressee block, with the small return address above it. */
  | { readonly kind: 'address'; readonly returnAddress?: string; readonly lines: readonly string[] }
  /** Labelled fields under the address (Datum, Betreft). */
  | { readonly kind: 'fields'; readonly rows: readonly (readonly [string, string])[] }
  /** The nota's big type word ("nota") and its title. */
  | { readonly kind: 'title'; readonly label: string; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 | 3; readonly pageBreakBefore?: boolean }
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      readonly footnotes?: readonly string[];
      /** quote: a recommendation as the Rapporteur wrote it; note: small print. */
      readonly style?: 'quote' | 'note';
      /** Keep with the next block on one page (a closing before the signatures). */
      readonly keepWithNext?: boolean;
    }
  | { readonly kind: 'bullets'; readonly items: readonly Footnoted[]; readonly numbered?: boolean }
  | {
      readonly kind: 'table';
      readonly caption?: string;
      readonly header?: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Relative column widths. */
      readonly widths: readonly number[];
      /** Never split over two pages (a decision box, a short route). */
      readonly keepTogether?: boolean;
      /** Set in body type rather than small print (a box to be filled in). */
      readonly bodyType?: boolean;
    }
  | { readonly kind: 'signatures'; readonly signatories: readonly Signatory[] };

export type OfficialDocument = {
  readonly kind: 'letter' | 'nota';
  readonly title: string;
  readonly version: 'internal' | 'public';
  readonly letterhead: Letterhead;
  readonly blocks: readonly DocumentBlock[];
};

/** A text may hold several paragraphs, separated by a blank line. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** Applies `f` to every text in the document (used for redaction). */
export function mapDocumentText(doc: OfficialDocument, f: (text: string) => string): OfficialDocument {
  const side = (entries: readonly SideEntry[]) =>
    entries.map((e) => ({ ...e, ...(e.label ? { label: f(e.label) } : {}), lines: e.lines.map(f) }));
  const { letterhead: l } = doc;
  return {
    ...doc,
    title: f(doc.title),
    letterhead: {
      ...l,
      organisation: f(l.organisation),
      firstPage: side(l.firstPage),
      laterPages: side(l.laterPages),
      ...(l.footer ? { footer: f(l.footer) } : {}),
    },
    blocks: doc.blocks.map((b) => mapBlockText(b, f)),
  };
}

function mapBlockText(b: DocumentBlock, f: (text: string) => string): DocumentBlock {
  const notes = (n?: readonly string[]) => (n ? { footnotes: n.map(f) } : {});
  switch (b.kind) {
    case 'concept':
    case 'heading':
      return { ...b, text: f(b.text) };
    case 'address':
      return { ...b, ...(b.returnAddress ? { returnAddress: f(b.returnAddress) } : {}), lines: b.lines.map(f) };
    case 'fields':
      return { ...b, rows: b.rows.map(([k, v]) => [f(k), f(v)] as const) };
    case 'title':
      return { ...b, label: f(b.label), text: f(b.text) };
    case 'paragraph':
      return { ...b, text: f(b.text), ...notes(b.footnotes) };
    case 'bullets':
      return { ...b, items: b.items.map((i) => ({ text: f(i.text), ...notes(i.footnotes) })) };
    case 'table':
      return {
        ...b,
        ...(b.caption ? { caption: f(b.caption) } : {}),
        ...(b.header ? { header: b.header.map(f) } : {}),
        rows: b.rows.map((r) => r.map(f)),
      };
    case 'signatures':
      return {
        kind: 'signatures',
        signatories: b.signatories.map((s) => ({ title: f(s.title), ...(s.name ? { name: f(s.name) } : {}) })),
      };
  }
}

/** Every text in the document, in reading order: for tests and for a plain-text view. */
export function documentText(doc: OfficialDocument): string {
  const { letterhead: l } = doc;
  const side = (entries: readonly SideEntry[]) => entries.flatMap((e) => [...(e.label ? [e.label] : []), ...e.lines]);
  const lines = [...(l.concept ? [l.concept] : []), l.organisation, ...side(l.firstPage), doc.title];
  for (const b of doc.blocks) {
    if (b.kind === 'concept' || b.kind === 'heading') lines.push(b.text);
    if (b.kind === 'address') lines.push(...(b.returnAddress ? [b.returnAddress] : []), ...b.lines);
    if (b.kind === 'fields') for (const [k, v] of b.rows) lines.push(`${k}: ${v}`);
    if (b.kind === 'title') lines.push(b.label, b.text);
    if (b.kind === 'paragraph') lines.push(b.text, ...(b.footnotes ?? []));
    if (b.kind === 'bullets') for (const i of b.items) lines.push(i.text, ...(i.footnotes ?? []));
    if (b.kind === 'table') {
      if (b.caption) lines.push(b.caption);
      if (b.header) lines.push(b.header.join(' | '));
      for (const r of b.rows) lines.push(r.join(' | '));
    }
    if (b.kind === 'signatures') for (const s of b.signatories) lines.push(s.title, ...(s.name ? [s.name] : []));
  }
  lines.push(...side(l.laterPages), ...(l.footer ? [l.footer] : []));
  return lines.join('\n');
}
