/**
 * Renames a Pagefind index's pages and index chunks with short ids, so the metadata file
 * every first search downloads is smaller.
 *
 * Pagefind names each page's fragment and each index chunk after a hash of its content
 * (`en-gb_1a2b3c4`), and its metadata lists every one of them, whose random hex letters
 * gzip cannot shrink: in a shard of 5,000 pages and 870 chunks of the bench's national
 * corpus, 35 KB of the file's 47 KB. Numbered in the order the metadata lists them
 * instead, under the name of the metadata file Pagefind wrote (`en-gb_6d2afbaa26676-1a`),
 * the same file gzips to 28 KB (README, "Search"). A name still stands for one content only: the prefix is
 * Pagefind's hash of the whole metadata, which lists every page's and chunk's hash, so any
 * change to any of them renames them all, and a browser's cached copy is never stale.
 *
 * Only text is replaced in the metadata (cbor.ts keeps every other byte), and the file is
 * saved under a new name in the index's entry file, as Pagefind would name it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { replaceCborTexts, type CborText } from './cbor.ts';
import { PAGEFIND_METADATA_CODE, readPagefindMetadata } from './pagefind-metadata.ts';
import { metadataFileName, PAGEFIND_ENTRY_FILE, pagefindFile } from './pagefind-file.ts';

interface EntryFile {
  languages: Record<string, { hash: string }>;
}

/**
 * Shortens the ids of every language's index in `indexFolder`, as Pagefind wrote it.
 * Returns the languages shortened: one whose pages share grouped fragment files (a
 * Pagefind option this site does not use; the group files are keyed by the old ids) is
 * left as it was.
 */
export function shortenIndexNames(indexFolder: string): string[] {
  const entryFile = path.join(indexFolder, PAGEFIND_ENTRY_FILE);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as EntryFile;
  const shortened: string[] = [];
  for (const [language, index] of Object.entries(entry.languages)) {
    const newHash = shortenLanguage(indexFolder, language, index.hash);
    if (newHash === undefined) continue;
    index.hash = newHash;
    shortened.push(language);
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return shortened;
}

/** Renames one language's files; returns its metadata's new hash, or undefined if left. */
function shortenLanguage(folder: string, language: string, hash: string): string | undefined {
  const metaFile = path.join(folder, metadataFileName(hash));
  const metadata = readPagefindMetadata(readFileSync(metaFile), metaFile);
  if (metadata.pages.some((page) => page.group.value !== '')) return undefined;
  const renames = new Map<CborText, string>();
  const rename = (subfolder: string, extension: string, ids: readonly CborText[]) => {
    for (const [number, id] of ids.entries()) {
      const shortId = `${hash}-${number.toString(36)}`;
      renameSync(
        path.join(folder, subfolder, `${id.value}${extension}`),
        path.join(folder, subfolder, `${shortId}${extension}`),
      );
      renames.set(id, shortId);
    }
  };
  rename(
    'fragment',
    '.pf_fragment',
    metadata.pages.map((page) => page.id),
  );
  rename(
    'index',
    '.pf_index',
    metadata.chunks.map((chunk) => chunk.id),
  );
  const body = replaceCborTexts(metadata.body, renames);
  const newHash = `${language}_${createHash('sha256').update(body).digest('hex').slice(0, 13)}`;
  writeFileSync(path.join(folder, metadataFileName(newHash)), pagefindFile(body));
  if (newHash !== hash) rmSync(metaFile);
  return newHash;
}

/** The code that names index files, for digests of what a shard was built with. */
export const SHORT_INDEX_NAMES_CODE = [
  shortenIndexNames,
  shortenLanguage,
  metadataFileName,
  pagefindFile,
  PAGEFIND_METADATA_CODE,
]
  .map(String)
  .join('\n');
