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
  nearAboutMatches,
  type AboutKind,
  type AboutPage,
} from '../about-pages';
import { fetchSiteJson } from './fetch-site-json';
import { loadOncePerFile } from './load-once';

/**
 * What a search names: the pages it names (aboutMatches), and, when it names none, those
 * it would name but for a typing slip (nearAboutMatches), shown if it finds no document.
 */
export interface AboutSearch {
  named: AboutPage[];
  near: AboutPage[];
}

/** The pages a search names, from the files the form says the site has (`"acdhk…"`). */
export function aboutPagesFinder(keys: string): (query: string) => Promise<AboutSearch> {
  const load = loadOncePerFile(fetchAboutFile, []);
  return async (query) => {
    const files = await Promise.all(
      fileKeysFor(query)
        .filter((key) => keys.includes(key))
        .map((key) => load(aboutFilePath(key))),
    );
    const pages = files.flat();
    const named = aboutMatches(query, pages);
    return { named, near: named.length > 0 ? [] : nearAboutMatches(query, pages) };
  };
}

const fetchAboutFile = (path: string): Promise<AboutPage[]> =>
  fetchSiteJson(path, isAboutFile, 'a list of pages');

const KIND_LABEL: Record<AboutKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  glossary: 'Glossary',
};

/** What the box shows: pages the search names, or those it nearly names ("Did you mean"). */
export interface AboutShown {
  pages: readonly AboutPage[];
  near: boolean;
}

/**
 * The pages a search names or, if it names none and finds no document, those it nearly
 * names: a slip from a name is no use to a search that found what it typed.
 */
export function aboutShown(about: AboutSearch, documentsFound: number): AboutShown {
  const near = about.named.length === 0 && documentsFound === 0;
  return { pages: near ? about.near : about.named, near };
}

/** Shows the pages in the box, under a heading that says which they are; hides it when none. */
export function showAboutPages(box: HTMLElement, query: string, { pages, near }: AboutShown): void {
  const list = box.querySelector('ul');
  const heading = box.querySelector('h2');
  if (!list || !heading) throw new Error('The box of pages about a search has no heading or list.');
  heading.textContent = !near
    ? 'Pages about what you searched for'
    : pages.length === 1
      ? 'Did you mean this?'
      : 'Did you mean one of these?';
  list.replaceChildren(...pages.map((page) => aboutItem(page, query)));
  box.hidden = pages.length === 0;
}

/** A search with no words names nothing. */
export const NOTHING_NAMED: AboutSearch = { named: [], near: [] };
export const NOTHING_SHOWN: AboutShown = { pages: [], near: false };

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
