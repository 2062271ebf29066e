/**
 * `npm run new -- <report|statement|response> "Title"`: starts a document with every
 * field in place and explained, today's date, and TODO markers for the rest.
 * `npm run new -- recommendation <report-slug> <short-name>`: the same for a
 * recommendation of a report, as `content/recommendations/<report-slug>-<short-name>.yaml`.
 */
import { parseArgs } from 'node:util';
import { documentFrontmatter, NEW_DOCUMENT_BODY } from '../lib/authoring/document-template';
import { slugFromTitle } from '../lib/authoring/slug';
import { todayInUk } from '../lib/authoring/today';
import { AuthoringError, isDocumentType, writeNewDocument } from '../lib/authoring/write-document';
import { writeNewRecommendation } from '../lib/authoring/write-recommendation';
import { reportAuthoringError } from '../lib/authoring/cli-errors';

const USAGE = [
  'Write: npm run new -- statement "The statement’s title"   (or report, or response instead of statement)',
  '   or: npm run new -- recommendation ncpi-wiltshire-2022 missing-children   (the report’s slug, then a short name)',
].join('\n');

const NEXT_STEP =
  'Open it, replace every TODO (the comments say what to write), then run: npm run check:content';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const [kind, ...rest] = positionals;
  if (kind === 'recommendation') {
    const [report, name, ...extra] = rest;
    if (!report?.trim() || !name?.trim() || extra.length > 0) {
      throw new AuthoringError(
        `${USAGE}\nA recommendation needs two words after it: the slug of its report (its file name in content/reports/ without .mdx) and a short name.`,
      );
    }
    const path = await writeNewRecommendation(process.cwd(), report.trim(), name.trim());
    console.log(`Created ${path}\n${NEXT_STEP}`);
    return;
  }
  const [title, ...extra] = rest;
  if (!isDocumentType(kind) || !title?.trim() || extra.length > 0) {
    throw new AuthoringError(`${USAGE}\nPut the title in quotes.`);
  }
  const text = `${documentFrontmatter(kind, { title: title.trim(), today: todayInUk() })}\n${NEW_DOCUMENT_BODY}`;
  const path = await writeNewDocument(process.cwd(), kind, slugFromTitle(title), text);
  console.log(`Created ${path}\n${NEXT_STEP}`);
}

main().catch((error: unknown) => reportAuthoringError(error, USAGE));
