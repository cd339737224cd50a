import {
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { Letterhead, SideEntry } from './official-document.ts';

/**
 * The page as Rijksoverheid letter paper lays it out (twips, A4): a text column on the left, the
 * side column with sender and references on the right, the ministry's name where the logo stands.
 */
export const page = {
  width: 11906,
  height: 16838,
  left: 1361,
  right: 3628,
  top: 2552,
  bottom: 1418,
  header: 567,
  footer: 567,
  sideX: 8844,
  sideWidth: 2550,
} as const;
export const bodyWidth = page.width - page.left - page.right;

/** Rijksoverheid blue, for the band beside the ministry's name. */
const lintBlue = '154273';
export const sizes = { body: 18, side: 14, small: 14, returnAddress: 12 } as const;

function wordmark(organisation: string): Paragraph {
  const m = /^(Ministerie van)\s+(.+)$/.exec(organisation);
  const lines = m ? [m[1] ?? '', m[2] ?? ''] : [organisation];
  return new Paragraph({
    indent: { left: page.width / 2 - page.left },
    border: { left: { style: BorderStyle.SINGLE, size: 48, color: lintBlue, space: 6 } },
    spacing: { after: 0 },
    children: lines.map((text, i) => new TextRun({ text, italics: true, size: 20, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

const sideParagraphs = (entries: readonly SideEntry[], indent?: { left: number; right: number }) =>
  entries.map(
    (entry) =>
      new Paragraph({
        spacing: { after: 140, line: 220 },
        ...(indent ? { indent } : {}),
        children: [
          ...(entry.label ? [new TextRun({ text: entry.label, bold: true, size: sizes.side })] : []),
          ...entry.lines.map(
            (text, j) =>
              new TextRun({ text, size: sizes.side, bold: entry.strong ?? false, break: j > 0 || entry.label ? 1 : 0 }),
          ),
        ],
      }),
  );

/**
 * The first page's side column: a borderless table floating beside the text at a fixed place on the
 * page. It stands in the body, not the header: LibreOffice 7.4 ignores frames in headers and drops a
 * floating table or text box in a header once the body has footnotes.
 */
export function firstPageSideColumn(entries: readonly SideEntry[]): Table {
  return new Table({
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      verticalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: page.sideX,
      absoluteVerticalPosition: page.top,
    },
    width: { size: page.sideWidth, type: WidthType.DXA },
    columnWidths: [page.sideWidth],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: page.sideWidth, type: WidthType.DXA },
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
            children: entries.length ? sideParagraphs(entries) : [new Paragraph({ children: [] })],
          }),
        ],
      }),
    ],
  });
}

function header(letterhead: Letterhead, entries: readonly SideEntry[]): Header {
  const concept = letterhead.concept
    ? [
        new Paragraph({
          spacing: { after: 120 },
          children: [new TextRun({ text: letterhead.concept, bold: true, size: 22, color: 'B00000' })],
        }),
      ]
    : [];
  // Later pages: the short side block (directorate, Datum, kenmerk) at the right, under the ministry's name.
  const side = sideParagraphs(entries, {
    left: page.sideX - page.left,
    right: page.width - page.right - (page.sideX + page.sideWidth),
  });
  return new Header({
    children: [
      ...concept,
      wordmark(letterhead.organisation),
      ...(side.length ? [new Paragraph({ children: [] }), ...side] : []),
    ],
  });
}

/** "Pagina X van Y" under the side column on every page, the Kamerstuk number (once known) on the left. */
function footer(letterhead: Letterhead): Footer {
  return new Footer({
    children: [
      new Paragraph({
        // The page number stands under the side column, in the right margin.
        indent: { right: -(page.right - 567) },
        tabStops: [{ type: TabStopType.LEFT, position: page.sideX - page.left }],
        children: [
          new TextRun({ text: letterhead.footer ?? '', size: sizes.small }),
          new TextRun({
            size: sizes.small,
            children: ['\t', 'Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/** Headers (a different first page: full sender block; later pages: Datum and kenmerk) and footers. */
export function letterheadParts(letterhead: Letterhead) {
  return {
    headers: { first: header(letterhead, []), default: header(letterhead, letterhead.laterPages) },
    footers: { first: footer(letterhead), default: footer(letterhead) },
  };
}
