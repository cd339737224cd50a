import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { OfficialDocument } from './official-document.ts';

/** Renders a generated document as a Word file (.docx bytes); Kamerstuk references become footnotes. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let next = 1;
  const withNotes = (text: string, notes: readonly string[] = []) => [
    new TextRun(text),
    ...notes.map((note) => {
      const id = next++;
      footnotes[id] = { children: [new Paragraph(note)] };
      return new FootnoteReferenceRun(id);
    }),
  ];
  const children: Paragraph[] = [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })];
  if (doc.version === 'public')
    children.push(new Paragraph({ children: [new TextRun({ text: 'Openbare versie', italics: true })] }));
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(
          new Paragraph({
            text: block.text,
            heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          }),
        );
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: withNotes(block.text, block.footnotes), spacing: { after: 160 } }));
        break;
      case 'bullets':
        for (const item of block.items)
          children.push(new Paragraph({ children: withNotes(item.text, item.footnotes), bullet: { level: 0 } }));
        break;
      case 'meta':
        for (const [label, value] of block.rows) {
          children.push(
            new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
          );
        }
        children.push(new Paragraph(''));
        break;
      case 'signatures':
        for (const s of block.signatories) {
          children.push(new Paragraph({ text: s.title, spacing: { before: 360 }, alignment: AlignmentType.LEFT }));
          children.push(new Paragraph({ text: s.name }));
        }
        break;
    }
  }
  const document = new Document({
    creator: 'Zicht',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Liberation Sans', size: 20 } } } },
    footnotes,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
