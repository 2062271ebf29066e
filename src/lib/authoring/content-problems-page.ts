/**
 * Under `npm run dev`, what every page shows while the content has problems: the list
 * `npm run check:content` prints, in place of the page as it was before the mistake, which
 * would let an author believe a broken edit was live. The page reloads by itself when a
 * content file is saved (Vite's client, as on Astro's own error page), so once the last
 * problem is fixed the page comes back.
 */
import type { ContentProblem } from '../markdown/content-error';
import { countOf } from '../text/count-of';
import { escapeMarkup } from '../text/escape-markup';
import { formatProblemsForAuthors } from './format-problems';

export function contentProblemsPage(problems: readonly ContentProblem[]): Response {
  const title = `The content has ${countOf(problems.length, 'problem', 'problems')}`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeMarkup(title)}</title>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<h1>${escapeMarkup(title)}</h1>
<p>No page is shown until they are fixed. Fix them and save: this page reloads by itself.</p>
<pre>${escapeMarkup(formatProblemsForAuthors(problems))}</pre>
</body>
</html>
`;
  return new Response(html, {
    status: 500,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
