/**
 * The part of every page key that stands for the code: every file under src/, the Astro
 * config, tsconfig.json, the lockfile (package versions), the Node version, the
 * `astro build` arguments, and the environment variables that change what pages say.
 * Any change to one of them re-renders every page. Computed by build.ts (plain Node).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Variables that change the built pages (see astro.config.mjs and src/lib/share/). */
const OUTPUT_ENV = [
  'SITE_URL',
  'SITE_CONTACT',
  'BASE_PATH',
  'SOCIAL_CARDS',
  'CONTENT_DIR',
  'SEARCH_SHARD_SIZE',
];

const FILES = ['astro.config.mjs', 'tsconfig.json', 'package-lock.json'];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export async function codeDigest(
  projectRoot: string,
  env: NodeJS.ProcessEnv,
  astroArgs: readonly string[],
): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...(await filesUnder(join(projectRoot, 'src'))),
    ...FILES.map((name) => join(projectRoot, name)),
  ];
  for (const file of files) {
    const bytes = await readFile(file).catch(() => Buffer.from('(missing)'));
    hash.update(`${relative(projectRoot, file)}\0${bytes.length}\0`).update(bytes);
  }
  const settings = OUTPUT_ENV.map((name) => [name, env[name] ?? null]);
  hash.update(JSON.stringify({ settings, node: process.version, astroArgs }));
  return hash.digest('hex');
}
