/**
 * In `astro build`, reads the content data store from disk when the pages are rendered,
 * instead of from a copy of it bundled into the server code.
 *
 * Astro hands the data store (every entry's data: 32 MB of JSON at 10,000 documents) to
 * the code that renders pages as a JavaScript module, `export default JSON.parse("…")`,
 * with the whole store in one string literal. Bundling that module, writing it, and above
 * all compiling it when rendering starts cost about 15 s per build at that size (bundling
 * took 6 to 8 s; Node compiles a 32 MB literal in about 10 s, where reading and parsing the
 * file takes half a second), whether one document changed or all of them. This site is static: its pages
 * are rendered on the machine that built the store, right after, so the module can read
 * the store's file instead.
 *
 * Only the default single-file store (`experimental.collectionStorage`), and only
 * in the server environments of a build: dev keeps Astro's own module, which it reloads
 * when content changes. Astro treats a data store module that fails to load as an empty
 * store, which would publish a site without its documents, so a failure to read the file
 * stops the build here, saying why.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module Astro's content runtime imports the data store from (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The store's file in a build: `data-store.json` in Astro's cacheDir (astro/dist/content/paths.js). */
const DATA_STORE_FILE = 'data-store.json';

/** The module's code: the store read and parsed when it is first imported. */
export function dataStoreModuleCode(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';
const file = ${JSON.stringify(storeFile)};
let store;
try {
  store = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(\`The content data store \${file} could not be read (\${error instanceof Error ? error.message : error}). Run the build again; if it fails again, delete that file so the content is loaded afresh.\`);
  process.exit(1);
}
export default store;
`;
}

function dataStoreFromDiskPlugin(storeFile: string): Plugin {
  return {
    name: 'data-store-from-disk',
    apply: 'build',
    load: {
      // Before Astro's own loader for the module (which would read, check and quote the file).
      order: 'pre',
      filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
      handler(id) {
        if (id !== DATA_STORE_MODULE || this.environment.config.consumer === 'client') return null;
        return { code: dataStoreModuleCode(storeFile), map: { mappings: '' } };
      },
    },
  };
}

export function dataStoreFromDisk(): AstroIntegration {
  return {
    name: 'data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const storeFile = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({ vite: { plugins: [dataStoreFromDiskPlugin(storeFile)] } });
      },
    },
  };
}
