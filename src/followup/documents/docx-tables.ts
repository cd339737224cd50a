import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { bodyWidth, sizes } from './docx-letterhead.ts';
import type { Signatory } from '../followup-model.ts';
import type { DocumentBlock } from './official-document.ts';

/** The space after a paragraph of body text (twips). */
export const paragraphAfter = 200;

const thin = { style: BorderStyle.SINGLE, size: 4, color: '9A9A9A' } as const;
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 } as const;

export function renderTable(block: Extract<DocumentBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => Math.round((w / total) * bodyWidth));
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: cellMargins,
      ...(head ? { shading: { type: ShadingType.CLEAR, fill: 'E6EBF1', color: 'auto' } } : {}),
      children: [
        new Paragraph({
          spacing: { after: 0 },
          children: [new TextRun({ text, bold: head, size: block.bodyType ? sizes.body : sizes.small })],
        }),
      ],
    });
  const rows = [
    ...(block.header
      ? [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            keepNext: true,
            children: block.header.map((t, i) => cell(t, i, true)),
          }),
        ]
      : []),
    ...block.rows.map(
      (r, n) =>
        new TableRow({
          cantSplit: true,
          keepNext: (block.keepTogether ?? false) && n < block.rows.length - 1,
          children: r.map((t, i) => cell(t, i, false)),
        }),
    ),
  ];
  return [
    ...(block.caption
      ? [
          new Paragraph({
            keepNext: true,
            spacing: { before: 120, after: 60 },
            children: [new TextRun({ text: block.caption, bold: true })],
          }),
        ]
      : []),
    new Table({
      rows,
      width: { size: bodyWidth, type: WidthType.DXA },
      columnWidths: widths,
      borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    }),
    new Paragraph({ spacing: { after: paragraphAfter }, children: [] }),
  ];
}

/**
 * The signatories side by side, two to a row, in a borderless table whose rows never split and keep
 * with each other, so no signatory ends up alone on a page. A signatory without a name prints its title only.
 */
export function renderSignatures(signatories: readonly Signatory[]): (Paragraph | Table)[] {
  if (signatories.length === 0) return [];
  const half = Math.round(bodyWidth / 2);
  const cell = (s: Signatory | undefined) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      margins: { top: 0, bottom: 0, left: 0, right: 160 },
      children: s
        ? [
            new Paragraph({
              keepNext: true,
              keepLines: true,
              spacing: { after: 0 },
              text: s.title.endsWith(',') ? s.title : `${s.title},`,
            }),
            ...[0, 1, 2].map(() => new Paragraph({ keepNext: true, spacing: { after: 0 }, children: [] })),
            new Paragraph({ keepNext: true, spacing: { after: 240 }, children: s.name ? [new TextRun(s.name)] : [] }),
          ]
        : [new Paragraph({ children: [] })],
    });
  const rows: TableRow[] = [];
  for (let i = 0; i < signatories.length; i += 2) {
    rows.push(
      new TableRow({
        cantSplit: true,
        keepNext: i + 2 < signatories.length,
        children: [cell(signatories[i]), cell(signatories[i + 1])],
      }),
    );
  }
  return [
    new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [] }),
    new Table({
      rows,
      width: { size: bodyWidth, type: WidthType.DXA },
      columnWidths: [half, bodyWidth - half],
      alignment: AlignmentType.LEFT,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    }),
  ];
}
