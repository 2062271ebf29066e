/**
 * Turns a Word document, a web page or a text file into a content file's body, checked
 * against the same restricted MDX compiler as the build.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Root } from 'mdast';
import { compileMdx } from '../../markdown/compile-mdx';
import { countOf } from '../../text/count-of';
import { AuthoringError } from '../write-document';
import { decodeImported } from './decode-import';
import { docxToHtml } from './docx-to-html';
import { htmlToMdast } from './html-to-mdast';
import { mdastToMdx } from './mdast-to-mdx';
import { textToMdast } from './text-to-mdast';
import { tidyMdast } from './tidy-mdast';

export interface ImportedDocument {
  /** The MDX body. */
  body: string;
  /** The title found in the document (its first top-level heading), if any. */
  title?: string;
  /** Things the author should know, e.g. images that were left out. */
  notes: string[];
}

export const IMPORTABLE = ['.docx', '.html', '.htm', '.txt'] as const;

export async function importFile(path: string): Promise<ImportedDocument> {
  const tree = await readAsMdast(path);
  const { tree: tidied, title, droppedImages, droppedInvisible, securedLinks } = tidyMdast(tree);
  const body = mdastToMdx(tidied);
  // Our own output must compile; if it does not, that is a bug here, not the author's.
  compileMdx(body, { file: path });
  const notes: string[] = [];
  if (droppedImages > 0) {
    notes.push(
      `${countOf(droppedImages, 'image was', 'images were')} left out: content pages carry text only. Describe what an image showed in words if it matters.`,
    );
  }
  if (droppedInvisible > 0) {
    notes.push(
      `${countOf(droppedInvisible, 'invisible character was', 'invisible characters were')} left out (zero-width spaces, soft hyphens or direction marks): they show nothing, but would split words so search could not find them.`,
    );
  }
  if (securedLinks.length > 0) {
    const one = securedLinks.length === 1;
    notes.push(
      `${countOf(securedLinks.length, 'link was', 'links were')} to ${one ? 'an http:// address' : 'http:// addresses'}, and now ${one ? 'goes to its' : 'go to their'} https:// ${one ? 'one' : 'ones'}: this site links only to secure pages. The words are as they were. Check that each opens the page it should, and take out the link of any that does not: ${securedLinks.join(', ')}.`,
    );
  }
  return title ? { body, title, notes } : { body, notes };
}

async function readAsMdast(path: string): Promise<Root> {
  const extension = extname(path).toLowerCase();
  const content = await readFile(path).catch(() => {
    throw new AuthoringError(`There is no file at ${path}. Check the name and the folder.`);
  });
  switch (extension) {
    case '.docx':
      return htmlToMdast(await docxToHtml(content));
    case '.html':
    case '.htm':
      return htmlToMdast(decodeImported(content, path, 'html'));
    case '.txt':
      return textToMdast(decodeImported(content, path, 'text'));
    default:
      throw new AuthoringError(
        `Cannot import "${extension || path}" files. Save the document as ${IMPORTABLE.join(', ')} first (in Word: File, Save As, Word Document).`,
      );
  }
}
