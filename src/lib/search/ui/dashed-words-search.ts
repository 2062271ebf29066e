/**
 * Pagefind as the search page uses it: every query is asked in the form the search
 * edition indexed its words in ("2023–25" as "2023-–-25-2025"), and every result's text
 * comes back as the document prints it ("2023–25"), before any excerpt, paragraph label or
 * exact-phrase check reads it (dashed-words.ts). Of a result's metadata only the title is
 * read from the text (its `<h1>`); the rest is from attributes, which the edition keeps.
 */
import { asPrinted, forIndex } from '../dashed-words';
import type { Pagefind, PagefindResultData } from '../pagefind-api';

export function withDashedWords(pagefind: Pagefind): Pagefind {
  // Pagefind keeps one copy of each result's data, which every search returns again.
  const printed = new WeakMap<PagefindResultData, PagefindResultData>();
  const printedData = (data: PagefindResultData): PagefindResultData => {
    const title = data.meta['title'];
    const shown = printed.get(data) ?? {
      ...data,
      content: asPrinted(data.content),
      meta: { ...data.meta, ...(title && { title: asPrinted(title) }) },
      anchors: data.anchors.map((anchor) =>
        anchor.text ? { ...anchor, text: asPrinted(anchor.text) } : anchor,
      ),
    };
    printed.set(data, shown);
    return shown;
  };
  return {
    ...pagefind,
    preload: (term, options) => pagefind.preload(forIndex(term), options),
    search: async (term, options) => {
      const found = await pagefind.search(term && forIndex(term), options);
      return {
        ...found,
        results: found.results.map((result) => ({
          ...result,
          data: async () => printedData(await result.data()),
        })),
      };
    },
  };
}
