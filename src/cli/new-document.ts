/**
 * `npm run new -- <report|statement|response> "Title"`: starts a document with every
 * field in place and explained, today's date, and TODO markers for the rest.
 */
import { parseArgs } from 'node:util';
import { documentFrontmatter, NEW_DOCUMENT_BODY } from '../lib/authoring/document-template';
import { slugFromTitle } from '../lib/authoring/slug';
import { todayInUk } from '../lib/authoring/today';
import { AuthoringError, isDocumentType, writeNewDocument } from '../lib/authoring/write-document';
import { reportAuthoringError } from '../lib/authoring/cli-errors';

const USAGE =
  'Write: npm run new -- statement "The statement’s title"   (or report, or response instead of statement)';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const [kind, title, ...rest] = positionals;
  if (!isDocumentType(kind) || !title?.trim() || rest.length > 0) {
    throw new AuthoringError(`${USAGE}\nPut the title in quotes.`);
  }
  const text = `${documentFrontmatter(kind, { title: title.trim(), published: todayInUk() })}\n${NEW_DOCUMENT_BODY}`;
  const path = await writeNewDocument(process.cwd(), kind, slugFromTitle(title), text);
  console.log(
    `Created ${path}\nOpen it, replace every TODO (the comments say what to write), then run: npm run check:content`,
  );
}

main().catch((error: unknown) => reportAuthoringError(error, USAGE));
