// Every built page is valid HTML (html-validate's recommended rules), so browsers and
// assistive technology see the structure we meant.
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A document's title is its official title, kept word for word; shortening it to 70
    // characters (an SEO rule of thumb) would misquote it.
    'long-title': 'off',
    // A table whose parts a phone's stylesheet shows as blocks loses its semantics in
    // browsers unless its roles are written out (RecommendationTablePage.astro).
    'no-redundant-role': [
      'error',
      { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] },
    ],
  },
});

function describeMessage(file: string, message: Message): string {
  return `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`;
}

describe('html-validate', () => {
  it('finds no errors on any built page', async () => {
    const pages = await builtPages();
    expect(pages.length).toBeGreaterThan(1);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        errors.push(
          ...result.messages
            .filter((m) => m.severity === 2)
            .map((m) => describeMessage(page.file, m)),
        );
      }
    }
    expect(errors).toEqual([]);
  });

  // html-validate accepts an element after </html> (browsers move it into the body), but
  // the HTML standard does not: a component's <script> outside the layout put one there.
  it('ends every page with </html>, nothing after it', async () => {
    const pages = await builtPages();
    const trailing = pages
      .filter((page) => !/<\/html>\s*$/.test(page.html))
      .map(
        (page) =>
          `${page.file}: …${page.html.slice(page.html.lastIndexOf('</html>')).slice(0, 80)}`,
      );
    expect(trailing).toEqual([]);
  });
});
