/**
 * Word (.docx) to HTML with mammoth, which keeps the document's structure (headings,
 * lists, tables, links) and drops its looks (fonts, colours, sizes). Word's quotation
 * and title styles are mapped too, as mammoth leaves them as ordinary paragraphs.
 */
import mammoth from 'mammoth';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

export async function docxToHtml(buffer: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP });
  return result.value;
}
