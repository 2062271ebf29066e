/**
 * A Word document made on the fly with the `docx` library, so the import test runs on a
 * real .docx without a binary fixture in the repository. It holds what Word documents
 * from a press office usually hold, plus the junk the importer must drop.
 */
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

export function makeStatementDocx(): Promise<Buffer> {
  const document = new Document({
    styles: {
      paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Statement on child protection', heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun({
                text: 'The force has made ',
                font: 'Arial',
                color: 'FF0000',
                size: 28,
              }),
              new TextRun({ text: 'progress', bold: true }),
              new TextRun(' {since} 2022 < 2023.'),
            ],
          }),
          new Paragraph({}),
          new Paragraph({ text: 'What has changed', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'More officers trained', bullet: { level: 0 } }),
          new Paragraph({ text: 'A new referral team', bullet: { level: 0 } }),
          new Paragraph({
            children: [
              new TextRun('Read '),
              new ExternalHyperlink({
                link: 'https://www.example.org/report',
                children: [new TextRun({ text: 'the report', style: 'Hyperlink' })],
              }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: '“We are committed to this work.”', style: 'Quote' }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Area'), cell('Grade')] }),
              new TableRow({ children: [cell('Investigations'), cell('Inadequate')] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
