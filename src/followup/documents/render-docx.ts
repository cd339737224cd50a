import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  LevelFormat,
  Packer,
  Paragraph,
  type Table,
  TabStopType,
  TextRun,
} from 'docx';
import { firstPageSideColumn, letterheadParts, page, sizes } from './docx-letterhead.ts';
import { paragraphAfter, renderSignatures, renderTable } from './docx-tables.ts';
import type { DocumentBlock, OfficialDocument } from './official-document.ts';

/** A font every Debian with LibreOffice has (fonts-dejavu-core); the Rijksoverheid's own is not free. */
export const documentFont = 'DejaVu Sans';
const fieldTab = 1134;
const line = { line: 276 } as const;

type Notes = Record<number, { children: Paragraph[] }>;
/** A text as runs, its Kamerstuk references as footnote marks (the footnotes are collected on the side). */
type Runs = (
  text: string,
  notes?: readonly string[],
  options?: { italics?: boolean; size?: number },
) => (TextRun | FootnoteReferenceRun)[];

/** Lists as Rijksoverheid documents set them: a small bullet or number, hanging a quarter centimetre in. */
const listStyles = [
  { reference: 'bullets', format: LevelFormat.BULLET, text: '•' },
  { reference: 'numbered', format: LevelFormat.DECIMAL, text: '%1.' },
].map(({ reference, format, text }) => ({
  reference,
  levels: [
    {
      level: 0,
      format,
      text,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 284, hanging: 284 } } },
    },
  ],
}));

/** Renders a generated document as a Word file (.docx bytes) on Rijksoverheid-style letter paper. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const footnotes: Notes = {};
  let next = 1;
  const runs: Runs = (text, notes = [], options = {}) => [
    new TextRun({ text, ...options }),
    ...notes.map((note) => {
      const id = next++;
      footnotes[id] = { children: [new Paragraph({ children: [new TextRun({ text: note, size: sizes.small })] })] };
      return new FootnoteReferenceRun(id);
    }),
  ];
  const children: (Paragraph | Table)[] = [firstPageSideColumn(doc.letterhead.firstPage)];
  for (const block of doc.blocks) children.push(...renderBlock(block, runs));

  const document = new Document({
    creator: 'Zicht',
    title: doc.title,
    styles: {
      default: { document: { run: { font: documentFont, size: sizes.body }, paragraph: { spacing: line } } },
    },
    numbering: { config: listStyles },
    footnotes,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: page.top,
              right: page.right,
              bottom: page.bottom,
              left: page.left,
              header: page.header,
              footer: page.footer,
            },
          },
        },
        ...letterheadParts(doc.letterhead),
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function renderBlock(block: DocumentBlock, runs: Runs): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'concept':
      return [
        new Paragraph({
          spacing: { after: 240 },
          children: [new TextRun({ text: block.text, bold: true, size: 56, color: 'C0C0C0' })],
        }),
      ];
    case 'address':
      return [
        ...(block.returnAddress
          ? [
              new Paragraph({
                spacing: { after: 120 },
                children: [new TextRun({ text: block.returnAddress, size: sizes.returnAddress })],
              }),
            ]
          : []),
        ...block.lines.map(
          (text, i) =>
            new Paragraph({ text, spacing: { after: i === block.lines.length - 1 ? 720 : 0 }, keepNext: true }),
        ),
      ];
    case 'fields':
      return block.rows.map(
        ([label, value], i) =>
          new Paragraph({
            tabStops: [{ type: TabStopType.LEFT, position: fieldTab }],
            indent: { left: fieldTab, hanging: fieldTab },
            spacing: { after: i === block.rows.length - 1 ? 720 : 60 },
            children: [
              new TextRun({ text: label, size: sizes.small, color: '555555' }),
              new TextRun({ children: ['\t', value] }),
            ],
          }),
      );
    case 'title':
      return [
        new Paragraph({
          children: [new TextRun({ text: block.label, bold: true, size: 40 })],
          spacing: { after: 120 },
        }),
        new Paragraph({ children: [new TextRun({ text: block.text, bold: true, size: 22 })], spacing: { after: 480 } }),
      ];
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          keepLines: true,
          pageBreakBefore: block.pageBreakBefore ?? false,
          spacing: { before: block.level === 1 ? 120 : 0, after: block.level === 1 ? 80 : 40 },
          children: [
            new TextRun({
              text: block.text,
              bold: block.level !== 3,
              italics: block.level === 3,
              size: block.level === 1 ? 20 : sizes.body,
            }),
          ],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: paragraphAfter },
          keepNext: block.keepWithNext ?? false,
          ...(block.style === 'quote' ? { indent: { left: 284 } } : {}),
          children: runs(block.text, block.footnotes, {
            ...(block.style === 'quote' ? { italics: true } : {}),
            ...(block.style === 'note' ? { size: sizes.small } : {}),
          }),
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            numbering: { reference: block.numbered ? 'numbered' : 'bullets', level: 0 },
            spacing: { after: i === block.items.length - 1 ? paragraphAfter : 60 },
            children: runs(item.text, item.footnotes),
          }),
      );
    case 'table':
      return renderTable(block);
    case 'signatures':
      return renderSignatures(block.signatories);
  }
}
