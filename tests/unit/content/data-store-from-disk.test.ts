import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import {
  DATA_STORE_MODULE,
  dataStoreModuleCode,
} from '../../../src/integrations/data-store-from-disk';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function moduleFor(
  storeText: string | undefined,
): Promise<{ module: string; store: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'data-store-'));
  folders.push(folder);
  const store = join(folder, 'data-store.json');
  if (storeText !== undefined) await writeFile(store, storeText);
  const module = join(folder, 'data-layer-content.mjs');
  await writeFile(module, dataStoreModuleCode(store));
  return { module, store };
}

/** Loads the module in a Node of its own, as the build's page renderer would. */
function runModule(module: string) {
  return spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(module).href)});`],
    {
      encoding: 'utf8',
    },
  );
}

describe('the content data store, read from disk when pages render', () => {
  test('gives the pages exactly the data in the store file', async () => {
    // What Astro writes: devalue's flattened form, with text that needs escaping in JS.
    const data = [['Map', 1, 2], 'reports', { title: 3 }, 'Quote: "it was \\ not" – 2023…'];
    const { module } = await moduleFor(JSON.stringify(data));
    const loaded = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(loaded.default).toEqual(data);
  });

  test('a missing store stops the build, naming the file, rather than rendering no documents', async () => {
    const { module, store } = await moduleFor(undefined);
    const run = runModule(module);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(store);
    expect(run.stderr).toContain('could not be read');
  });

  test('a half-written store stops the build too', async () => {
    const { module, store } = await moduleFor('[["Map",1,2],"reports",{"title"');
    const run = runModule(module);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(store);
    expect(run.stderr).toContain('delete that file');
  });

  test('Astro still loads its data store through the module and file this replaces', async () => {
    // Should an Astro update rename them, the replacement would silently stop applying and
    // builds would slow down by seconds per thousand documents: this says so instead.
    const require = createRequire(import.meta.url);
    const astro = dirname(require.resolve('astro/package.json'));
    const consts = await readFile(join(astro, 'dist', 'content', 'consts.js'), 'utf8');
    expect(consts).toContain(`DATA_STORE_VIRTUAL_ID = "${DATA_STORE_MODULE.slice(1)}"`);
    expect(consts).toContain('RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    expect(consts).toContain('DATA_STORE_FILE = "data-store.json"');
    const paths = await readFile(join(astro, 'dist', 'content', 'paths.js'), 'utf8');
    expect(paths).toContain('isDev ? settings.dotAstroDir : settings.config.cacheDir');
  });
});
