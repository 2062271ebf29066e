/**
 * What each document's page will publish, known from its compiled body without building:
 * the anchors of its paragraphs and headings, and each paragraph's words as a fingerprint,
 * read from the body's HTML by the same code that reads them from a built page
 * (paragraph-words.ts). The page around the body adds only its own parts' anchors
 * (page-part-ids.ts), which the body cannot change.
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

export interface DocumentPermalinks extends PublishedPermalinks {
  /** The words now at a paragraph of a page whose recorded words changed. */
  wordsAt: (path: string, anchor: string) => string | undefined;
}

export interface DocumentPermalinksCollector {
  /** Adds a document's page, at its path, from the document's compiled body. */
  add: (path: string, body: Pick<CompiledBody, 'html' | 'paragraphs' | 'headings'>) => void;
  collected: () => DocumentPermalinks;
}

/** @param recorded The manifest's fingerprints, to tell which pages' words to keep. */
export function collectDocumentPermalinks(
  recorded: ParagraphWordsMap,
): DocumentPermalinksCollector {
  const pages: PermalinkMap = new Map();
  const paragraphs: ParagraphWordsMap = new Map();
  const changedWords = new Map<string, Map<string, string>>();
  return {
    add(path, { html, paragraphs: ids, headings }) {
      pages.set(path, new Set([...ids, ...headings.map((heading) => heading.slug)]));
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
      wordsAt: (path, anchor) => changedWords.get(path)?.get(anchor),
    }),
  };
}
