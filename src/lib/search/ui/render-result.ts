/**
 * One search result as DOM: title linked to the document, what it is and when, an
 * excerpt with the matched words in `<mark>`, and the matching paragraphs, each linked
 * to its permalink with the search words carried along to be highlighted there.
 * Built from text nodes only: nothing from the index is parsed as HTML.
 */
import { buildExcerpt, type Excerpt } from '../excerpt';
import { printedAs } from '../printed-as';
import { HIGHLIGHT_PARAM, type PagefindResultData } from '../pagefind-api';
import { paragraphSubResults } from '../sub-results';

/**
 * @param matched the result's words (`contentWords` of its content) and the places in
 *   them that matched the search (phrase-locations.ts, `resultLocations`).
 * @param highlight words and phrases to highlight on the page the result links to.
 * @param notAsWritten quoted phrases the result has only with something between or in
 *   their words (exact-phrases.ts), which it says before its excerpt.
 */
export function renderResult(
  data: PagefindResultData,
  matched: { words: readonly string[]; locations: readonly number[] },
  highlight: readonly string[],
  notAsWritten: readonly string[] = [],
): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result__title');
  heading.append(link(resultHref(data.url, highlight), data.meta['title'] ?? data.url));
  item.append(heading);

  const facts = [data.meta['type'], data.meta['organisation'], data.meta['date']].filter(Boolean);
  if (facts.length > 0) item.append(element('p', 'search-result__facts', facts.join(' · ')));
  // Said in words beside the title, before any excerpt a journalist might quote.
  const withdrawn = data.meta['withdrawn'];
  if (withdrawn) item.append(element('p', 'search-result__withdrawn', `${withdrawn}.`));
  const blockStarts = data.anchors.map((anchor) => anchor.location);
  for (const phrase of notAsWritten) {
    const printed = printedAs(matched.words, blockStarts, phrase);
    item.append(
      element(
        'p',
        'search-result__inexact',
        printed
          ? `"${phrase}" is not in this document word for word: it prints these words as “${printed}”.`
          : `"${phrase}" is not in this document word for word: its words are here, but with other punctuation or word endings, or split by a break such as a new paragraph.`,
      ),
    );
  }

  // The excerpt shows the document's own words where they match, and only when none does
  // the title and provenance ("Author: Jamie Hill") before them; without a query (filters
  // only), the start of its words.
  const { words, locations } = matched;
  const bodyStart = Math.min(...blockStarts, words.length);
  const start = locations.some((location) => location >= bodyStart) || locations.length === 0;
  // Words found only in the title or the provenance list are not the document's: said so,
  // or a journalist could quote "Author: Jamie Hill" as the document's words.
  if (!start) item.append(element('p', 'search-result__found-in', DETAILS_ONLY));
  item.append(
    excerptParagraph(
      buildExcerpt(words, locations, { start: start ? bodyStart : 0, end: words.length }),
    ),
  );

  const paragraphs = paragraphSubResults({ ...data, locations });
  if (paragraphs.length > 0) {
    const list = element('ul', 'search-result__paragraphs');
    list.setAttribute(
      'aria-label',
      `Matching paragraphs in ${data.meta['title'] ?? 'this document'}`,
    );
    for (const paragraph of paragraphs) {
      const entry = element('li');
      const where = element('p', 'search-result__where');
      where.append(link(resultHref(data.url, highlight, paragraph.id), paragraph.label));
      if (paragraph.section) where.append(` in “${paragraph.section}”`);
      // With one matching paragraph, the result's own excerpt already shows it.
      entry.append(where);
      if (paragraphs.length > 1) entry.append(excerptParagraph(paragraph.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** `/responses/x/?highlight=THRIVE#p6`: the permalink, with words for the page to highlight. */
export function resultHref(url: string, highlight: readonly string[], anchor?: string): string {
  const [path = url] = url.split('#');
  const params = new URLSearchParams();
  for (const term of highlight) params.append(HIGHLIGHT_PARAM, term);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}${anchor ? `#${anchor}` : ''}`;
}

const DETAILS_ONLY =
  'Found in its title or details (who it is by, when, where it was published), not in the document’s own words:';

function excerptParagraph(excerpt: Excerpt): HTMLParagraphElement {
  const paragraph = element('p', 'search-result__excerpt');
  if (excerpt.truncatedStart) paragraph.append('… ');
  for (const segment of excerpt.segments) {
    paragraph.append(segment.match ? element('mark', undefined, segment.text) : segment.text);
  }
  if (excerpt.truncatedEnd) paragraph.append(' …');
  return paragraph;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
}

export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
