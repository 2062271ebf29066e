import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { mdxDocumentLoader } from '../../../src/lib/content/mdx-document-loader';
import { readCompiledHtml } from '../../../src/lib/content/compiled-html-files';
import { ContentError } from '../../../src/lib/markdown/content-error';
import { loadProblemsRecord } from '../../support/load-problems';
import { statementSchema } from '../../../src/schemas/document';

/** What the compiler puts after each numbered block (rehype-paragraph-links.ts). */
const PARAGRAPH_1_LINK =
  '<a class="paragraph-link" href="#p1" aria-label="Paragraph 1, link to this paragraph" data-paragraph="1" data-pagefind-ignore=""></a>';

const REPO = join(import.meta.dirname, '../../..');

const statement = (body: string, title = 'A statement') => `---
title: ${title}
summary: What was said.
published: "2023-09-15"
issuer: wiltshire-police
source:
  url: https://example.org/statement
verbatim: true
---

${body}
`;

/** The compiled HTML of a stored entry: kept in a file of the cache, not in the store. */
function htmlOf(entry: { rendered?: { metadata?: { htmlFile?: string } } } | undefined): string {
  return readCompiledHtml(entry?.rendered?.metadata?.htmlFile ?? '');
}

/** The parts of Astro's loader context the loader uses, backed by a Map like Astro's store. */
function fakeContext() {
  const entries = new Map<
    string,
    {
      id: string;
      digest?: string | number;
      rendered?: { html: string; metadata?: { htmlFile?: string } };
    }
  >();
  const store = {
    get: (id: string) => entries.get(id),
    // As Astro's store does: an entry with the digest already stored is not replaced.
    set: vi.fn((entry: { id: string; digest?: string | number }) => {
      if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest)
        return false;
      entries.set(entry.id, entry);
      return true;
    }),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
    clear: () => entries.clear(),
  };
  const context = {
    collection: 'statements',
    store,
    config: { root: pathToFileURL(`${REPO}/`), cacheDir: pathToFileURL(`${content}/.cache/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => statementSchema.parse(data),
  } as unknown as LoaderContext;
  return { context, entries, store };
}

let content: string;

beforeEach(async () => {
  content = await mkdtemp(join(tmpdir(), 'loader-'));
  await mkdir(join(content, 'statements'));
  vi.stubEnv('CONTENT_DIR', content);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(content, { recursive: true, force: true });
});

const loader = () => mdxDocumentLoader({ directory: 'statements', schema: statementSchema });

/**
 * The lines of the list the build shows the problems a load found in. A loader does not
 * throw on them: it records them for the build to list with those between files
 * (load-problems.ts).
 */
async function loadFailure(): Promise<string[]> {
  const records = await loadProblemsRecord();
  await loader().load(fakeContext().context);
  const problems = records.get('statements')?.problems ?? [];
  expect(problems).not.toHaveLength(0);
  return new ContentError(problems).message.split('\n');
}

describe('mdxDocumentLoader', () => {
  test('stores each document with its paragraph index, and its compiled HTML in the cache', async () => {
    await writeFile(join(content, 'statements/first.mdx'), statement('Hello.'));
    const { context, entries } = fakeContext();
    await loader().load(context);
    expect(entries.get('first')).toMatchObject({
      id: 'first',
      rendered: { metadata: { paragraphs: ['p1'] } },
    });
    expect(htmlOf(entries.get('first'))).toBe(`<p id="p1">Hello.</p>${PARAGRAPH_1_LINK}`);
  });

  test('compiles again when a cached HTML file has gone, and removes the files of old versions', async () => {
    await writeFile(join(content, 'statements/first.mdx'), statement('Hello.'));
    const { context, store, entries } = fakeContext();
    await loader().load(context);
    const firstFile = entries.get('first')?.rendered?.metadata?.htmlFile ?? '';
    await rm(firstFile);
    store.set.mockClear();
    await loader().load(context);
    expect(store.set).toHaveBeenCalledTimes(1);
    expect(htmlOf(entries.get('first'))).toBe(`<p id="p1">Hello.</p>${PARAGRAPH_1_LINK}`);

    await writeFile(join(content, 'statements/first.mdx'), statement('Edited.'));
    await loader().load(context);
    expect(htmlOf(entries.get('first'))).toBe(`<p id="p1">Edited.</p>${PARAGRAPH_1_LINK}`);
    expect(existsSync(firstFile)).toBe(false);
  });

  test('compiles again when the stored entry names an HTML file of another folder (a moved project)', async () => {
    await writeFile(join(content, 'statements/first.mdx'), statement('Hello.'));
    const { context, store, entries } = fakeContext();
    await loader().load(context);
    const here = entries.get('first')!;
    const metadata = here.rendered!.metadata!;
    entries.set('first', {
      ...here,
      rendered: { html: '', metadata: { ...metadata, htmlFile: `/elsewhere${metadata.htmlFile}` } },
    });
    store.set.mockClear();
    await loader().load(context);
    expect(store.set).toHaveBeenCalledTimes(1);
    expect(htmlOf(entries.get('first'))).toBe(`<p id="p1">Hello.</p>${PARAGRAPH_1_LINK}`);
  });

  test('does not compile an unchanged file again, and recompiles an edited one', async () => {
    await writeFile(join(content, 'statements/first.mdx'), statement('Hello.'));
    await writeFile(join(content, 'statements/second.mdx'), statement('Other.'));
    const { context, store, entries } = fakeContext();
    await loader().load(context);
    expect(store.set).toHaveBeenCalledTimes(2);

    store.set.mockClear();
    await loader().load(context);
    expect(store.set).not.toHaveBeenCalled();

    await writeFile(join(content, 'statements/second.mdx'), statement('Edited.'));
    await loader().load(context);
    expect(store.set).toHaveBeenCalledTimes(1);
    expect(htmlOf(entries.get('second'))).toBe(`<p id="p1">Edited.</p>${PARAGRAPH_1_LINK}`);
  });

  test('forgets a deleted file', async () => {
    await writeFile(join(content, 'statements/first.mdx'), statement('Hello.'));
    const { context, entries } = fakeContext();
    await loader().load(context);
    await rm(join(content, 'statements/first.mdx'));
    await loader().load(context);
    expect(entries.has('first')).toBe(false);
  });

  // Kept as it last read, a broken document would go on being published with words that
  // are no longer its file's, and checked as if they were.
  test('leaves a document that no longer reads out of the collection, and records it as unread', async () => {
    await writeFile(join(content, 'statements/first.mdx'), statement('Hello.'));
    await writeFile(join(content, 'statements/second.mdx'), statement('Other.'));
    const records = await loadProblemsRecord();
    const { context, entries } = fakeContext();
    await loader().load(context);
    expect(records.get('statements')).toEqual({ problems: [], unread: [] });

    await writeFile(join(content, 'statements/second.mdx'), statement('Other {code}.'));
    await loader().load(context);
    expect([...entries.keys()]).toEqual(['first']);
    expect(records.get('statements')).toMatchObject({
      problems: [{ message: expect.stringMatching(/\{code\} is code and cannot run/) }],
      unread: ['second'],
    });

    await writeFile(join(content, 'statements/second.mdx'), statement('Other.'));
    await loader().load(context);
    expect([...entries.keys()].sort()).toEqual(['first', 'second']);
    expect(records.get('statements')).toEqual({ problems: [], unread: [] });
  });

  test('reports every problem in every file at once, with file and line', async () => {
    await writeFile(join(content, 'statements/good.mdx'), statement('Fine.'));
    await writeFile(
      join(content, 'statements/bad-field.mdx'),
      statement('Fine.').replace('"2023-09-15"', '"15/09/2023"'),
    );
    await writeFile(
      join(content, 'statements/bad-body.mdx'),
      statement('<script>alert(1)</script>'),
    );
    await writeFile(join(content, 'statements/Bad Name.mdx'), statement('Fine.'));
    const lines = await loadFailure();
    expect(lines[0]).toBe('The content has 3 problems; nothing was published.');
    expect(lines.slice(1).map((line) => line.replace(content, '<content>'))).toEqual([
      expect.stringMatching(/Bad Name\.mdx The file name becomes the page's address/),
      expect.stringMatching(/bad-body\.mdx:11:1 <script> is not allowed in content/),
      expect.stringMatching(/bad-field\.mdx:4 published: "15\/09\/2023" is not a date/),
    ]);
  });

  // The build reads files through the same check as check:content (content-source.ts).
  test('refuses a file that is not UTF-8, and one with no paragraphs', async () => {
    await writeFile(
      join(content, 'statements/latin-1.mdx'),
      Buffer.concat([Buffer.from(statement('Caf')), Buffer.from([0xe9])]),
    );
    await writeFile(join(content, 'statements/empty.mdx'), statement(''));
    expect((await loadFailure()).slice(1)).toEqual([
      expect.stringMatching(/empty\.mdx:\d+ This document has no paragraphs of text/),
      expect.stringMatching(/latin-1\.mdx:12:1 This file is not saved as UTF-8/),
    ]);
  });
});
