/**
 * Problems grouped by file, one per line, in words for people who do not write code:
 * "line 4, field summary: …".
 */
import type { ContentProblem } from '../markdown/content-error';

export function formatProblemsForAuthors(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems)
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const sections = [...byFile].map(([file, list]) => {
    const sorted = [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return [
      `In ${file}:`,
      ...sorted.map((problem) => `  - ${where(problem)}${problem.message}`),
    ].join('\n');
  });
  return sections.join('\n\n');
}

/**
 * "line 4, field summary: " before a message. A permalink problem's field is a published
 * address (/statements/x/#p2), which no author would look for among the frontmatter's fields.
 */
function where({ line, field }: ContentProblem): string {
  const parts = [
    line === undefined ? undefined : `line ${line}`,
    field === undefined ? undefined : `${field.startsWith('/') ? 'address' : 'field'} ${field}`,
  ];
  const place = parts.filter(Boolean).join(', ');
  return place ? `${place}: ` : '';
}
