import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { yamlFolderLoader, yamlListLoader } from '../../../src/lib/content/yaml-loaders';
import { ContentError } from '../../../src/lib/markdown/content-error';
import { loadProblemsRecord } from '../../support/load-problems';
import { glossaryTermSchema } from '../../../src/schemas/glossary';
import { organisationSchema } from '../../../src/schemas/organisation';
import { themeSchema } from '../../../src/schemas/theme';
import { GLOSSARY, THEMES } from '../../../src/lib/content/collection-layout';

const COLLECTION = 'the-collection';

function fakeContext(schema: { parse: (data: unknown) => unknown }) {
  const entries = new Map<string, { id: string; data: unknown; digest?: string }>();
  const context = {
    collection: COLLECTION,
    store: {
      set: vi.fn((entry: { id: string; data: unknown }) => entries.set(entry.id, entry)),
      get: (id: string) => entries.get(id),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
    },
    // The project's own code (CONTENT_DIR points at the test's content): the loader digests it.
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    parseData: async ({ data }: { data: unknown }) => schema.parse(data),
  } as unknown as LoaderContext;
  return { context, entries };
}

/**
 * The problems a load found, as the build lists them. A loader does not throw on them: it
 * records them for the build to list with those between files (load-problems.ts).
 */
async function failure(load: () => Promise<void>): Promise<string> {
  const records = await loadProblemsRecord();
  await load();
  const problems = records.get(COLLECTION)?.problems ?? [];
  expect(problems).not.toHaveLength(0);
  return new ContentError(problems).message;
}

let content: string;

beforeEach(async () => {
  content = await mkdtemp(join(tmpdir(), 'yaml-'));
  process.env.CONTENT_DIR = content;
});

afterEach(async () => {
  delete process.env.CONTENT_DIR;
  await rm(content, { recursive: true, force: true });
});

describe('yamlFolderLoader', () => {
  const loader = () => yamlFolderLoader({ directory: 'organisations', schema: organisationSchema });

  test('loads one entry per file, named by the file', async () => {
    await mkdir(join(content, 'organisations'));
    await writeFile(
      join(content, 'organisations/the-force.yaml'),
      'name: The Force\nkind: police-force\ndescription: Polices.\nsources: [https://example.org/]\n',
    );
    const { context, entries } = fakeContext(organisationSchema);
    await loader().load(context);
    expect(entries.get('the-force')?.data).toMatchObject({
      name: 'The Force',
      kind: 'police-force',
    });
  });

  test('reads a file again only when it changed, and forgets a deleted one', async () => {
    await mkdir(join(content, 'organisations'));
    const force = (name: string) =>
      `name: ${name}\nkind: police-force\ndescription: Polices.\nsources: [https://example.org/]\n`;
    await writeFile(join(content, 'organisations/the-force.yaml'), force('The Force'));
    await writeFile(join(content, 'organisations/other-force.yaml'), force('Other Force'));
    const { context, entries } = fakeContext(organisationSchema);
    await loader().load(context);
    expect(context.store.set).toHaveBeenCalledTimes(2);

    await writeFile(join(content, 'organisations/the-force.yaml'), force('The Renamed Force'));
    await rm(join(content, 'organisations/other-force.yaml'));
    await loader().load(context);
    expect(context.store.set).toHaveBeenCalledTimes(3);
    expect(entries.get('the-force')?.data).toMatchObject({ name: 'The Renamed Force' });
    expect(entries.has('other-force')).toBe(false);
  });

  test('a wrong value names the file, line and field, and lists what may be written', async () => {
    await mkdir(join(content, 'organisations'));
    await writeFile(
      join(content, 'organisations/the-force.yaml'),
      'name: The Force\nkind: constabulary\ndescription: Polices.\nsources: [https://example.org/]\n',
    );
    const message = await failure(() => loader().load(fakeContext(organisationSchema).context));
    expect(message).toMatch(
      /the-force\.yaml:2 kind: Write one of: police-force, police-and-crime-commissioner/,
    );
  });

  test('an article other than "the" says what to write', async () => {
    await mkdir(join(content, 'organisations'));
    await writeFile(
      join(content, 'organisations/the-office.yaml'),
      'name: Office of the Commissioner\narticle: an\nkind: police-and-crime-commissioner\ndescription: Scrutinises.\nsources: [https://example.org/]\n',
    );
    const message = await failure(() => loader().load(fakeContext(organisationSchema).context));
    expect(message).toMatch(/the-office\.yaml:2 article: Write "the", or leave out the field\./);
  });
});

describe('yamlListLoader', () => {
  const loader = () => yamlListLoader(GLOSSARY);
  const term = (id: string) =>
    `- id: ${id}\n  term: ${id.toUpperCase()}\n  expansion: Something\n  source: https://example.org/\n`;

  test('loads each item by its id', async () => {
    await writeFile(join(content, 'glossary.yaml'), term('acc') + term('pcc'));
    const { context, entries } = fakeContext(glossaryTermSchema);
    await loader().load(context);
    expect([...entries.keys()]).toEqual(['acc', 'pcc']);
  });

  test('a duplicate id names both lines', async () => {
    await writeFile(join(content, 'glossary.yaml'), term('acc') + term('acc'));
    const message = await failure(() => loader().load(fakeContext(glossaryTermSchema).context));
    expect(message).toMatch(/glossary\.yaml:5 id: The id "acc" is used twice \(first on line 1\)/);
  });

  // A term from a document with no recorded address names that document instead.
  test('a term with neither source nor foundIn says to write one of them', async () => {
    await writeFile(
      join(content, 'glossary.yaml'),
      term('acc') + '- id: pcc\n  term: PCC\n  expansion: Something\n',
    );
    const message = await failure(() => loader().load(fakeContext(glossaryTermSchema).context));
    expect(message).toMatch(
      /glossary\.yaml:5 item 2 source: Write source: \(the web address the expansion comes from\) or foundIn: \(the id of a document on this site that spells the term out\)\./,
    );
  });

  test('a bad item is reported by its position', async () => {
    await writeFile(
      join(content, 'glossary.yaml'),
      term('acc') + '- id: pcc\n  term: PCC\n  source: https://example.org/\n',
    );
    const message = await failure(() => loader().load(fakeContext(glossaryTermSchema).context));
    expect(message).toMatch(
      /glossary\.yaml:5 item 2 expansion: This field is missing\. Write what the term stands for\./,
    );
  });

  test('a missing file says what to create, not the file system’s error', async () => {
    const message = await failure(() => loader().load(fakeContext(glossaryTermSchema).context));
    expect(message).toMatch(
      /glossary\.yaml This file is missing\. Create it with a list of terms, or write "\[\]" in it for none\./,
    );
    expect(message).not.toMatch(/ENOENT/);
  });
});

describe('the themes list', () => {
  test('loads each theme with the label readers see', async () => {
    await writeFile(
      join(content, 'themes.yaml'),
      '- id: missing-children\n  label: Missing children\n- id: training\n  label: Training\n',
    );
    const { context, entries } = fakeContext(themeSchema);
    await yamlListLoader(THEMES).load(context);
    expect([...entries.values()].map(({ data }) => data)).toEqual([
      { id: 'missing-children', label: 'Missing children' },
      { id: 'training', label: 'Training' },
    ]);
  });

  test('a theme without a label says to write one, on its line', async () => {
    await writeFile(
      join(content, 'themes.yaml'),
      '- id: training\n  label: Training\n- id: custody\n',
    );
    const message = await failure(() =>
      yamlListLoader(THEMES).load(fakeContext(themeSchema).context),
    );
    expect(message).toMatch(
      /themes\.yaml:3 item 2 label: This field is missing\. Write the theme’s name as readers see it, e\.g\. Missing children\./,
    );
  });
});
