/**
 * The files of pages about names that the search page fetches (src/lib/search/about-pages.ts),
 * as built: one per letter the form names, every person, organisation and glossary term in
 * them, and every address they give a page or anchor the site has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { distHas, readDist, readPageHtml } from '../support/built-site';
import { distDir, REPO_ROOT } from '../support/paths';
import {
  ABOUT_KEYS_ATTRIBUTE,
  aboutFilePath,
  aboutMatches,
  fileKeysFor,
  isAboutFile,
  type AboutPage,
} from '../../src/lib/search/about-pages';

const keys =
  cheerio.load(readPageHtml('/search/'))('#search-form').attr(ABOUT_KEYS_ATTRIBUTE) ?? '';
const files = new Map(
  [...keys].map((key) => {
    const pages: unknown = JSON.parse(readDist(aboutFilePath(key)));
    return [key, pages] as const;
  }),
);
const pages = new Map<string, AboutPage>();
for (const file of files.values())
  if (isAboutFile(file)) for (const page of file) pages.set(page.path, page);

const ids = (folder: string) =>
  readdirSync(join(REPO_ROOT, 'content', folder)).map((file) => file.replace(/\.yaml$/, ''));

describe('pages about names, for search', () => {
  test('the search form names a file for each letter that has one, and only those', () => {
    expect(keys).toMatch(/^[a-z0-9_]+$/);
    expect(readdirSync(join(distDir(), 'search', 'about')).sort()).toEqual(
      [...keys].map((key) => `${key}.json`),
    );
    for (const [key, file] of files) expect(isAboutFile(file), key).toBe(true);
  });

  test('every person, organisation and glossary term is there, linked to its page', () => {
    const glossary = parse(readFileSync(join(REPO_ROOT, 'content/glossary.yaml'), 'utf8')) as {
      id: string;
    }[];
    expect([...pages.keys()].sort()).toEqual(
      [
        ...ids('people').map((id) => `/people/${id}/`),
        ...ids('organisations').map((id) => `/organisations/${id}/`),
        ...glossary.map(({ id }) => `/glossary/#${id}`),
      ].sort(),
    );
    const glossaryPage = cheerio.load(readPageHtml('/glossary/'));
    for (const path of pages.keys()) {
      const [page = '', anchor] = path.split('#');
      expect(distHas(`${page}index.html`), path).toBe(true);
      if (anchor) expect(glossaryPage(`[id="${anchor}"]`).length, path).toBe(1);
    }
  });

  test('the names readers search for find the pages from the files a search fetches', () => {
    // The files the search page fetches for the query (fileKeysFor), as it reads them.
    const find = (query: string) => {
      const read = fileKeysFor(query).flatMap(
        (key) => (files.get(key) as AboutPage[] | undefined) ?? [],
      );
      return aboutMatches(query, read).map((page) => page.path);
    };
    expect(find('Pritchard')).toEqual(['/people/kier-pritchard/']);
    expect(find('CAIT')).toEqual(['/glossary/#cait']);
    expect(find('HMICFRS')).toContain('/organisations/hmicfrs/');
    expect(find('Wiltshire Police')).toEqual(['/organisations/wiltshire-police/']);
  });
});
