// The build renames Pagefind's files with short ids (short-index-names.ts); a reader's
// search fetches them by the names the metadata gives, so every name there must be a file.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceCborTexts } from '../../../src/lib/search/cbor';
import {
  metadataFileName,
  pagefindFile,
  pagefindLanguages,
} from '../../../src/lib/search/pagefind-file';
import { readPagefindMetadata } from '../../../src/lib/search/pagefind-metadata';
import { readFragmentIds } from '../../../src/lib/search/fragment-ids';
import { shortenIndexNames } from '../../../src/lib/search/short-index-names';

const WORDS = 'child missing custody referral exploitation supervision police commissioner'.split(
  ' ',
);

/** An index of `pages` pages written by Pagefind itself, in a new folder. */
async function writeIndex(pages: number): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'short-names-'));
  const { createIndex, close } = await import('pagefind');
  try {
    const { index } = await createIndex({});
    if (!index) throw new Error('Pagefind could not start');
    for (let page = 0; page < pages; page += 1) {
      const content = Array.from({ length: 60 }, (_, word) => WORDS[(page * word) % WORDS.length]);
      await index.addCustomRecord({
        url: `/statements/s${page}/`,
        content: `${content.join(' ')} word${page}`,
        language: 'en-gb',
      });
    }
    await index.writeFiles({ outputPath: folder });
  } finally {
    await close();
  }
  return folder;
}

const metadataOf = (folder: string) => {
  const [language] = readEntryLanguages(folder);
  const file = path.join(folder, metadataFileName(language?.hash ?? ''));
  return { file, metadata: readPagefindMetadata(readFileSync(file), file) };
};
const readEntryLanguages = (folder: string) =>
  Object.values(
    (
      JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { hash: string; page_count: number }>;
      }
    ).languages,
  );
const names = (folder: string, subfolder: string) =>
  readdirSync(path.join(folder, subfolder)).sort();

describe('shortenIndexNames', () => {
  const folders: string[] = [];
  let original: string;
  let shortened: string;
  beforeAll(async () => {
    original = await writeIndex(300);
    shortened = await writeIndex(300);
    folders.push(original, shortened);
    expect(shortenIndexNames(shortened)).toEqual(['en-gb']);
  }, 60_000);
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true }))));

  it('gives every page and index chunk a short name, with a file by that name', () => {
    const { metadata: before } = metadataOf(original);
    const { metadata: after } = metadataOf(shortened);
    const prefix = readEntryLanguages(original)[0]?.hash ?? '';
    expect(after.pages.map((page) => page.id.value)).toEqual(
      before.pages.map((_, number) => `${prefix}-${number.toString(36)}`),
    );
    expect(after.chunks.map((chunk) => chunk.id.value)).toEqual(
      before.chunks.map((_, number) => `${prefix}-${number.toString(36)}`),
    );
    expect(names(shortened, 'fragment')).toEqual(
      after.pages.map((page) => `${page.id.value}.pf_fragment`).sort(),
    );
    expect(names(shortened, 'index')).toEqual(
      after.chunks.map((chunk) => `${chunk.id.value}.pf_index`).sort(),
    );
  });

  it('keeps everything else: word counts, chunk bounds, each page’s fragment, the filters', () => {
    const { metadata: before } = metadataOf(original);
    const { metadata: after } = metadataOf(shortened);
    expect(after.version).toBe(before.version);
    expect(after.pages.map((page) => page.wordCount)).toEqual(
      before.pages.map((page) => page.wordCount),
    );
    expect(after.chunks.map(({ from, to }) => [from, to])).toEqual(
      before.chunks.map(({ from, to }) => [from, to]),
    );
    before.pages.forEach((page, number) => {
      const fragment = (folder: string, id: string) =>
        readFileSync(path.join(folder, 'fragment', `${id}.pf_fragment`));
      expect(fragment(shortened, after.pages[number]?.id.value ?? '')).toEqual(
        fragment(original, page.id.value),
      );
    });
    before.chunks.forEach((chunk, number) => {
      const file = (folder: string, id: string) =>
        readFileSync(path.join(folder, 'index', `${id}.pf_index`));
      expect(file(shortened, after.chunks[number]?.id.value ?? '')).toEqual(
        file(original, chunk.id.value),
      );
    });
    expect(Object.keys(readFragmentIds(shortened)).sort()).toEqual(
      Object.keys(readFragmentIds(original)).sort(),
    );
  });

  it('saves the metadata under a new name the entry gives, and leaves no old one behind', async () => {
    const [language] = await pagefindLanguages(shortened);
    expect(language?.page_count).toBe(300);
    const metaFiles = readdirSync(shortened).filter((name) => name.endsWith('.pf_meta'));
    expect(metaFiles).toEqual([metadataFileName(language?.hash ?? '')]);
    expect(language?.hash).not.toBe(readEntryLanguages(original)[0]?.hash);
  });

  it('makes the metadata every first search downloads smaller', () => {
    const size = (folder: string) => readFileSync(metadataOf(folder).file).length;
    expect(size(shortened)).toBeLessThan(size(original) * 0.8);
  });

  it('names the same index the same way every time', async () => {
    const again = await writeIndex(300);
    folders.push(again);
    shortenIndexNames(again);
    expect(readEntryLanguages(again)).toEqual(readEntryLanguages(shortened));
    expect(names(again, 'fragment')).toEqual(names(shortened, 'fragment'));
  }, 60_000);

  it('leaves an index whose fragments Pagefind grouped in shared files as it was', async () => {
    const grouped = await writeIndex(3);
    folders.push(grouped);
    // Pagefind's option to group fragments is not used here; make its metadata say so.
    const { file, metadata } = metadataOf(grouped);
    const body = replaceCborTexts(
      metadata.body,
      new Map(metadata.pages.map((page) => [page.group, 'a-group-file'])),
    );
    writeFileSync(file, pagefindFile(body));
    const fragmentsBefore = names(grouped, 'fragment');
    expect(shortenIndexNames(grouped)).toEqual([]);
    expect(names(grouped, 'fragment')).toEqual(fragmentsBefore);
    expect(existsSync(file)).toBe(true);
  }, 60_000);
});
