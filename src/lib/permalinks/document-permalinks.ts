/**
 * What each document's page will publish, known from its compiled body without building:
 * the anchors of its paragraphs and headings, and each paragraph's words as a fingerprint,
 * read from the body's HTML by the same code that reads them from a built page
 * (paragraph-words.ts). The page around the body adds only its own parts' anchors
 * (page-part-ids.ts), which the body cannot change, and the count of dated updates it
 * lists, which the document's `changes:` gives.
 *
 * The words themselves are kept only for pages whose recorded words changed, to quote
 * where they went: keeping every paragraph of a national site's 10,000 documents would
 * hold a copy of them all for a check that names a handful.
 */
import type { CompiledBody } from '../markdown/compile-mdx';
import {
  paragraphQuotes,
  paragraphTexts,
  wordsFingerprint,
  type ParagraphWordsMap,
} from './paragraph-words';
import type { PublishedPermalinks } from './collect';
import type { PermalinkMap } from './places';
import type { UpdateCounts } from './rewording';

export interface DocumentPermalinks extends PublishedPermalinks {
  /** The words now at a paragraph of a page whose recorded words changed. */
  wordsAt: (path: string, anchor: string) => string | undefined;
}

export interface DocumentPermalinksCollector {
  /** Adds a document's page, at its path, from its compiled body and its count of updates. */
  add: (
    path: string,
    body: Pick<CompiledBody, 'html' | 'paragraphs' | 'headings'>,
    updates: number,
  ) => void;
  collected: () => DocumentPermalinks;
}

/** @param recorded The manifest's fingerprints, to tell which pages' words to keep. */
export function collectDocumentPermalinks(
  recorded: ParagraphWordsMap,
): DocumentPermalinksCollector {
  const pages: PermalinkMap = new Map();
  const paragraphs: ParagraphWordsMap = new Map();
  const updates: UpdateCounts = new Map();
  const changedWords = new Map<string, Map<string, string>>();
  return {
    add(path, { html, paragraphs: ids, headings }, updateCount) {
      pages.set(path, new Set([...ids, ...headings.map((heading) => heading.slug)]));
      updates.set(path, updateCount);
      const texts = paragraphTexts(html);
      const prints = new Map([...texts].map(([anchor, text]) => [anchor, wordsFingerprint(text)]));
      if (prints.size > 0) paragraphs.set(path, prints);
      const before = recorded.get(path);
      if (before && [...before].some(([anchor, print]) => prints.get(anchor) !== print))
        changedWords.set(path, paragraphQuotes(html));
    },
    collected: () => ({
      pages,
      paragraphs,
      updates,
      wordsAt: (path, anchor) => changedWords.get(path)?.get(anchor),
    }),
  };
}
