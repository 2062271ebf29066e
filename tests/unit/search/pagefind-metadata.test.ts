// The build rewrites Pagefind's metadata file; should a Pagefind update change what the
// file holds, the build must stop and say which file and what it expected, not rename
// files by a guess.
import { describe, expect, it } from 'vitest';
import { encodeCborText } from '../../../src/lib/search/cbor';
import { pagefindFile } from '../../../src/lib/search/pagefind-file';
import { readPagefindMetadata } from '../../../src/lib/search/pagefind-metadata';

const array = (...items: Buffer[]) => Buffer.concat([Buffer.from([0x80 | items.length]), ...items]);
const text = (value: string) => encodeCborText(value);
const small = (value: number) => Buffer.from([value]); // CBOR integers 0–23
const page = (id: string, words: number) => array(text(id), small(words), text(''));
const chunk = (from: string, to: string, id: string) => array(text(from), text(to), text(id));

/** A metadata file shaped as Pagefind 1.6 writes one, its parts given. */
const metadataFile = (pages: Buffer, chunks: Buffer) =>
  pagefindFile(array(text('1.6.0'), pages, chunks, array(), array(), array()));

describe('readPagefindMetadata', () => {
  it('reads the pages and index chunks, each id with where it lies', () => {
    const metadata = readPagefindMetadata(
      metadataFile(
        array(page('en_1a2b3c4', 12), page('en_5d6e7f8', 20)),
        array(chunk('a', 'm', 'en_9a9a9a9')),
      ),
      'pagefind.en_x.pf_meta',
    );
    expect(metadata.version).toBe('1.6.0');
    expect(metadata.pages.map((entry) => [entry.id.value, entry.wordCount])).toEqual([
      ['en_1a2b3c4', 12],
      ['en_5d6e7f8', 20],
    ]);
    expect(metadata.chunks.map(({ from, to, id }) => [from, to, id.value])).toEqual([
      ['a', 'm', 'en_9a9a9a9'],
    ]);
    const [first] = metadata.pages;
    expect(metadata.body.subarray(first?.id.start, first?.id.end)).toEqual(text('en_1a2b3c4'));
    expect(metadata.sorts).toEqual([]);
  });

  it('stops, naming the file, when a page is not [id, word count, group]', () => {
    const file = metadataFile(array(array(text('en_1a2b3c4'), text('twelve'), text(''))), array());
    expect(() => readPagefindMetadata(file, 'pagefind.en_x.pf_meta')).toThrow(
      /pagefind\.en_x\.pf_meta does not hold a page as \[id, word count, group\].*file format changed/,
    );
  });

  it('stops when the file holds fewer parts than Pagefind writes', () => {
    const file = pagefindFile(array(text('1.6.0'), array()));
    expect(() => readPagefindMetadata(file, 'meta')).toThrow(/does not hold its five parts/);
  });

  it('stops when the file is not Pagefind’s at all', () => {
    expect(() => readPagefindMetadata(Buffer.from('not gzip'), 'meta')).toThrow(
      /meta is not a Pagefind metadata file \(not gzip-compressed\)/,
    );
  });
});
