import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFragmentIds } from '../../../src/lib/search/fragment-ids';

let index: string;

/** Writes a fragment file as Pagefind does: gzip of its signature and JSON. */
async function fragment(name: string, json: unknown, signature = 'pagefind_dcd') {
  const file = path.join(index, 'fragment', `${name}.pf_fragment`);
  await writeFile(file, gzipSync(`${signature}${JSON.stringify(json)}`));
}

beforeAll(async () => {
  index = await mkdtemp(path.join(tmpdir(), 'fragment-ids-'));
  await mkdir(path.join(index, 'fragment'));
});
afterAll(() => rm(index, { recursive: true, force: true }));

describe('reading the page ids of a written index', () => {
  test('one page per fragment, and pages grouped in one fragment', async () => {
    await fragment('en-gb_1a2b3c4', { url: '/reports/x/', content: 'Text' });
    await fragment('en-gb_group1', {
      'en-gb_5d6e7f8': { url: '/statements/y/', content: 'One' },
      'en-gb_9a9a9a9': { url: '/responses/z/', content: 'Two' },
    });
    expect(readFragmentIds(index)).toEqual({
      '/reports/x/': 'en-gb_1a2b3c4',
      '/statements/y/': 'en-gb_5d6e7f8',
      '/responses/z/': 'en-gb_9a9a9a9',
    });
  });

  test('a file in another format stops the build, naming it', async () => {
    await fragment('en-gb_bad', { url: '/x/' }, 'something_else');
    expect(() => readFragmentIds(index)).toThrow(
      /en-gb_bad\.pf_fragment is not a Pagefind fragment/,
    );
    await rm(path.join(index, 'fragment', 'en-gb_bad.pf_fragment'));
    await fragment('en-gb_odd', { pages: 3 });
    expect(() => readFragmentIds(index)).toThrow(/en-gb_odd\.pf_fragment holds neither/);
  });
});
