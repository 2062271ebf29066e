import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  asId,
  fileOfId,
  filterIdsPath,
  IDS_PER_FILE,
  readFilterIdFiles,
  splitIntoFiles,
  writeFilterIdFiles,
} from '../../../src/lib/search/filter-ids';
import { filterIdsLoader } from '../../../src/lib/search/ui/load-filter-ids';

/** A national site's recommendations: more than fit in one file. */
const MANY = Object.fromEntries(
  Array.from({ length: 3 * IDS_PER_FILE + 1 }, (_, n) => [`force-${n}-r1`, `Recommendation ${n}`]),
);

describe('labels by id, split into files', () => {
  test('a small group is one file; a large one is split so each file holds about IDS_PER_FILE', () => {
    expect(splitIntoFiles({ 'the-link': 'The Link' })).toEqual([{ 'the-link': 'The Link' }]);
    const files = splitIntoFiles(MANY);
    expect(files).toHaveLength(4);
    for (const file of files) expect(Object.keys(file).length).toBeLessThan(IDS_PER_FILE * 1.3);
    expect(Object.assign({}, ...files)).toEqual(MANY);
  });

  test('the search page finds an id in the file the build put it in', () => {
    const files = splitIntoFiles(MANY);
    for (const id of ['force-0-r1', 'force-777-r1', 'force-1500-r1'])
      expect(files[fileOfId(id, files.length)]![id]).toBe(MANY[id]);
  });

  test('the form says how many files each group has, and a group it does not give has one', () => {
    const attribute = writeFilterIdFiles({
      organisation: { opcc: 'Office of the PCC' },
      person: {},
      recommendation: MANY,
      theme: {},
    });
    expect(attribute).toBe('organisation:1 person:1 recommendation:4 theme:1');
    expect(readFilterIdFiles(attribute)).toEqual({
      organisation: 1,
      person: 1,
      recommendation: 4,
      theme: 1,
    });
    expect(readFilterIdFiles('recommendation:0 year:3 person:2')).toEqual({ person: 2 });
    expect(readFilterIdFiles(null)).toEqual({});
  });

  test('only a value that could be an id is looked up', () => {
    expect(asId('OPCC-Wiltshire-Swindon ')).toBe('opcc-wiltshire-swindon');
    expect(asId('Old title')).toBeUndefined();
    expect(asId('missing--children')).toBeUndefined();
  });
});

describe('the search page’s download of labels by id', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A server that has the recommendations' files, and answers 503 to `failing` the first time. */
  function serve(failing = new Set<string>()) {
    const files = splitIntoFiles(MANY);
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      if (failing.delete(url)) return new Response(null, { status: 503 });
      const match = /\/recommendation\/(\d+)\.json$/.exec(url);
      const file = match ? files[Number(match[1])] : undefined;
      return file ? Response.json(file) : new Response(null, { status: 404 });
    });
    return { asked, count: files.length };
  }

  test('fetches only the file the id is in, once, and nothing for a group with no ids', async () => {
    const { asked, count } = serve();
    const load = filterIdsLoader({ recommendation: count });
    const wanted = [
      { key: 'recommendation', value: 'force-777-r1' },
      { key: 'year', value: '1999' },
    ] as const;
    expect((await load(wanted)).recommendation?.['force-777-r1']).toBe('Recommendation 777');
    await load(wanted);
    expect(asked).toEqual([filterIdsPath('recommendation', fileOfId('force-777-r1', count))]);
  });

  // The search page writes names into its address: a name is looked for under the id the
  // site's tools make from it, so a person with no document yet is known by a shared link.
  test('a name is looked for in the file of the id made from it', async () => {
    const { asked, count } = serve();
    const load = filterIdsLoader({ recommendation: count });
    const labels = await load([{ key: 'recommendation', value: 'Force 5 R1' }]);
    expect(labels.recommendation?.['force-5-r1']).toBe('Recommendation 5');
    expect(asked).toEqual([filterIdsPath('recommendation', fileOfId('force-5-r1', count))]);
  });

  test('a file that cannot be had gives no labels, and is asked for again next time', async () => {
    const path = filterIdsPath('recommendation', fileOfId('force-1-r1', 4));
    const { asked } = serve(new Set([path]));
    const load = filterIdsLoader({ recommendation: 4 });
    const wanted = [{ key: 'recommendation', value: 'force-1-r1' }] as const;
    expect(await load(wanted)).toEqual({ recommendation: {} });
    expect((await load(wanted)).recommendation?.['force-1-r1']).toBe('Recommendation 1');
    expect(asked).toEqual([path, path]);
  });
});
