/**
 * `npm run check:content`: checks every content file as the build would, in seconds,
 * and lists each problem under its file with the line, the field and what to write.
 * That includes the build's permalink checks on documents' pages (a paragraph or heading
 * gone or moved, a wrong alias); other pages, such as lists and recommendations, only a
 * build can check (see src/lib/content/check-content.ts).
 * Exits with code 1 when there is anything to fix.
 */
import { checkContent } from '../lib/content/check-content';
import { formatProblemsForAuthors } from '../lib/authoring/format-problems';
import { countOf } from '../lib/text/count-of';

const started = performance.now();
const { problems, files } = await checkContent(process.cwd());
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (problems.length === 0) {
  console.log(`All ${files} content files are ready to publish (checked in ${seconds} s).`);
} else {
  console.error(formatProblemsForAuthors(problems));
  const count = countOf(problems.length, 'problem', 'problems');
  console.error(
    `\nFound ${count} in ${files} content files. Fix them, save, and run npm run check:content again.`,
  );
  process.exitCode = 1;
}
