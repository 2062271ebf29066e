/**
 * The search page's box of pages about a search (about-pages.ts): the people,
 * organisations and glossary terms the words name, above the documents that mention them.
 * Each letter's file is fetched the first time a search has a word starting with it, and
 * then kept; one that cannot be had shows nothing, and the next search tries it again.
 */
import { withBase } from '../../site/urls';
import { SEARCH_PATH } from '../../site/search-paths';
import { serialiseSearchState } from '../search-state';
import {
  aboutFilePath,
  aboutMatches,
  fileKeysFor,
  isAboutFile,
  nameWords,
  type AboutKind,
  type AboutPage,
} from '../about-pages';
import { loadOnce } from './load-once';

/** The pages a search names, from the files the form says the site has (`"acdhk…"`). */
export function aboutPagesFinder(keys: string): (query: string) => Promise<AboutPage[]> {
  const loaders = new Map<string, () => Promise<AboutPage[]>>();
  const load = async (key: string): Promise<AboutPage[]> => {
    let loader = loaders.get(key);
    if (!loader) {
      loader = loadOnce(() => fetchAboutFile(key));
      loaders.set(key, loader);
    }
    try {
      return await loader();
    } catch {
      return [];
    }
  };
  return async (query) => {
    const files = await Promise.all(
      fileKeysFor(query)
        .filter((key) => keys.includes(key))
        .map(load),
    );
    return aboutMatches(query, files.flat());
  };
}

async function fetchAboutFile(key: string): Promise<AboutPage[]> {
  const path = aboutFilePath(key);
  const response = await fetch(withBase(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const pages: unknown = await response.json();
  if (!isAboutFile(pages)) throw new Error(`${path} is not a list of pages.`);
  return pages;
}

const KIND_LABEL: Record<AboutKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  glossary: 'Glossary',
};

/**
 * Shows the pages a search found in the box (a heading and a list), or hides it when there
 * are none.
 */
export function showAboutPages(box: HTMLElement, query: string, pages: readonly AboutPage[]): void {
  const list = box.querySelector('ul');
  if (!list) throw new Error('The box of pages about a search has no list.');
  list.replaceChildren(...pages.map((page) => aboutItem(page, query)));
  box.hidden = pages.length === 0;
}

/**
 * "Person: Kier Pritchard, Chief Constable, Wiltshire Police", the name linked. A glossary
 * term also links to a search for what it stands for, unless that was the search: the
 * documents may spell out what they never abbreviate ("CAIT" finds none of them).
 */
function aboutItem(page: AboutPage, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.append(`${KIND_LABEL[page.kind]}: `, link(withBase(page.path), page.name));
  if (page.what) item.append(`, ${page.what}`);
  if (page.kind === 'glossary' && nameWords(page.what).join(' ') !== nameWords(query).join(' ')) {
    const search = serialiseSearchState({ query: page.what, filters: {}, sort: 'relevance' });
    item.append(' (', link(`${withBase(SEARCH_PATH)}?${search}`, 'search for these words'), ')');
  }
  return item;
}

function link(href: string, text: string): HTMLAnchorElement {
  return Object.assign(document.createElement('a'), { href, textContent: text });
}
