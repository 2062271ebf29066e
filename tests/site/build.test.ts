// `npm run build` is reproducible (two clean builds give byte-identical output) and
// atomic (a failed build leaves the previous output exactly as it was).
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureContent } from '../support/build-fixture';
import { REPO_ROOT } from '../support/paths';
import { fileHashes as hashes, runBuild as build } from '../support/run-build';
import { exitedProcessId } from '../support/left-behind';

let work: string;

beforeAll(async () => {
  // Inside the project (git-ignored): Astro puts its intermediate files inside the output
  // folder only when that is under the working directory; elsewhere they go to a shared
  // .astro/ folder, where builds running at the same time would trip over each other.
  work = await mkdtemp(join(REPO_ROOT, '.build-test-'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const oldBuildsPutAside = async () =>
  (await readdir(work)).filter((name) => name.endsWith('-previous'));

describe('npm run build', () => {
  it('gives byte-identical output from two clean builds, replacing what was there', async () => {
    const outputs = [join(work, 'first'), join(work, 'second')];
    // The second build replaces an older build, which must leave nothing behind.
    await mkdir(outputs[1]!, { recursive: true });
    await writeFile(join(outputs[1]!, 'removed-page.html'), '<!doctype html><title>Old</title>');
    for (const [index, outDir] of outputs.entries()) {
      const result = await build({
        OUT_DIR: outDir,
        CACHE_DIR: join(work, `cache-${index}`),
      });
      expect(result.code, result.output).toBe(0);
    }
    const [first, second] = await Promise.all(outputs.map(hashes));
    expect(Object.keys(first!)).toContain('index.html');
    expect(Object.keys(first!)).toContain('_headers');
    expect(second).toEqual(first);
    // Beside the output too: the replaced build is removed (in the background, once the
    // new one is in place).
    await vi.waitFor(async () => expect(await oldBuildsPutAside()).toEqual([]), {
      timeout: 20_000,
      interval: 100,
    });
  }, 180_000);

  it('removes what stopped builds left behind, and nothing of a build still running', async () => {
    // Named as the builds would have named them: by their process, now gone.
    const ended = exitedProcessId();
    const leftBehind = [
      `.build-first-${ended}-previous`, // an old build whose removal never finished
      `.build-first-${ended}`, // the staging folder of a build that was stopped
      `.build-search-.build-first-${ended}-${ended}-0`, // its search scratch folder
    ];
    for (const name of leftBehind) {
      await mkdir(join(work, name, 'reports'), { recursive: true });
      await writeFile(
        join(work, name, 'reports', 'index.html'),
        '<!doctype html><title>Old</title>',
      );
    }
    await writeFile(join(work, `.build-first-${ended}.page-keys.json`), '{}');
    // This test's own process stands for a build running beside this one.
    const running = join(work, `.build-first-${process.pid}`);
    await mkdir(running);

    const result = await build({ OUT_DIR: join(work, 'first'), CACHE_DIR: join(work, 'cache-0') });
    expect(result.code, result.output).toBe(0);
    await vi.waitFor(
      async () =>
        expect((await readdir(work)).filter((name) => name.includes(String(ended)))).toEqual([]),
      { timeout: 20_000, interval: 100 },
    );
    expect(await readdir(running)).toEqual([]);
    await rm(running, { recursive: true });
  }, 180_000);

  it('leaves the previous output untouched, and no half-built folder, when the content is broken', async () => {
    const outDir = join(work, 'deployed');
    await mkdir(join(outDir, 'reports'), { recursive: true });
    await writeFile(join(outDir, 'index.html'), '<!doctype html><title>The previous build</title>');
    await writeFile(join(outDir, 'reports', 'index.html'), '<!doctype html><title>Reports</title>');
    const before = await hashes(outDir);

    // Valid content but for one statement carrying embed code pasted from a web page.
    const content = await fixtureContent(async (dir) => {
      const file = join(dir, 'statements', 'example-statement.mdx');
      const source = await readFile(file, 'utf8');
      await writeFile(file, `${source}\n<script src="https://evil.example/widget.js"></script>\n`);
    });
    const result = await build({
      OUT_DIR: outDir,
      CONTENT_DIR: content,
      CACHE_DIR: join(work, 'cache-broken'),
    });

    expect(result.code).not.toBe(0);
    await rm(content, { recursive: true, force: true });
    expect(result.output).toMatch(
      /example-statement\.mdx:\d+:1 <script> is not allowed in content/,
    );
    expect(await hashes(outDir)).toEqual(before);
    // Only the page keys of the two builds above (see render-cache.test.ts): no staging
    // folder, and no keys for the folder this build failed to replace.
    expect((await readdir(work)).filter((name) => name.startsWith('.build-')).sort()).toEqual([
      '.build-first.page-keys.json',
      '.build-second.page-keys.json',
    ]);
  }, 120_000);
});
