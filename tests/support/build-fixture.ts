/**
 * Builds a fixture content folder with the real pipeline into its own folder (its own
 * output and cache, so it never disturbs the site's build), after an optional edit.
 * Runs under `.build-tests/` in the repository (ignored by git) because CONTENT_DIR is
 * relative to the project root.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureBuild {
  ok: boolean;
  /** Everything the build printed. */
  output: string;
  /** Absolute path of the built site. */
  dist: string;
  /** Absolute path of the copied content, for reading back what the build wrote. */
  content: string;
  remove: () => void;
}

export function buildFixture(
  fixture: string,
  edit?: (contentDir: string) => void,
  env: Record<string, string> = {},
): FixtureBuild {
  const relativeRoot = join('.build-tests', `${fixture}-${process.pid}-${Date.now()}`);
  const root = join(process.cwd(), relativeRoot);
  const content = join(root, 'content');
  mkdirSync(root, { recursive: true });
  cpSync(join(process.cwd(), 'tests/fixtures', fixture, 'content'), content, { recursive: true });
  edit?.(content);
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: join(relativeRoot, 'content'),
      OUT_DIR: join(relativeRoot, 'dist'),
      ASTRO_CACHE_DIR: join(relativeRoot, 'cache'),
      ...env,
    },
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout}${result.stderr}`,
    dist: join(root, 'dist'),
    content,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
