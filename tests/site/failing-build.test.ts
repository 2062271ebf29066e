/**
 * A real `astro build` of a small broken content folder: an unknown recommendation id,
 * in a marked paragraph and in an assessment, must stop the build, say which file and
 * which id, and publish no document page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'broken-recommendation-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('an unknown recommendation id fails the build, naming the file and the id', () => {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
    env: {
      ...process.env,
      CONTENT_DIR: 'tests/fixtures/broken-recommendation',
      OUT_DIR: join(scratch, 'dist'),
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
      BASE_PATH: '/',
    },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain('nothing was published');
  expect(output).toMatch(
    /tests\/fixtures\/broken-recommendation\/reports\/a-report\.mdx:\d+ <Addresses recommendation>: There is no recommendation "no-such-recommendation"/,
  );
  expect(output).toMatch(
    /tests\/fixtures\/broken-recommendation\/reports\/a-report\.mdx assessments\.0\.recommendation: There is no recommendation "a-misspelt-recommendation"\. Write the id of one in content\/recommendations\/ \(without \.yaml\): a-real-recommendation\./,
  );
  expect(output).not.toContain('a-real-recommendation"');
  expect(existsSync(join(scratch, 'dist', 'reports', 'a-report', 'index.html'))).toBe(false);
}, 300_000);
