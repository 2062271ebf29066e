/**
 * `npm run import -- <file.docx|file.html|file.txt> --type <statement|response|report> [--title "…"]`:
 * converts a document into a new content file, with frontmatter TODO markers for what
 * the document itself cannot tell us (date, source, attribution).
 */
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { documentFrontmatter } from '../lib/authoring/document-template';
import { importFile } from '../lib/authoring/import/import-file';
import { slugFromTitle } from '../lib/authoring/slug';
import { AuthoringError, isDocumentType, writeNewDocument } from '../lib/authoring/write-document';
import { reportAuthoringError } from '../lib/authoring/cli-errors';

const USAGE =
  'Write: npm run import -- path/to/statement.docx --type statement --title "The statement’s title"\n' +
  '(the file may be .docx, .html or .txt; the type may be statement, response or report; --title is optional when the document starts with a heading)';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { type: { type: 'string' }, title: { type: 'string' } },
  });
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0 || !isDocumentType(values.type)) throw new AuthoringError(USAGE);

  // npm runs scripts in the project folder; INIT_CWD is the folder the author typed the
  // command in, which a path such as ../Downloads/statement.docx is relative to.
  const imported = await importFile(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  const title = values.title?.trim() || imported.title;
  const slug = slugFromTitle(title ?? basename(file, extname(file)));
  const text = `${documentFrontmatter(values.type, { title })}\n${imported.body}`;
  const path = await writeNewDocument(process.cwd(), values.type, slug, text);
  console.log(`Created ${path} from ${file}.`);
  for (const note of imported.notes) console.log(`Note: ${note}`);
  console.log(
    'Open it, replace every TODO (the comments say what to write), read the text against the original, then run: npm run check:content',
  );
}

main().catch((error: unknown) => reportAuthoringError(error, USAGE));
