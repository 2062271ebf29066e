/**
 * The permalink fixture (tests/fixtures/permalinks/content): a made-up site that once
 * published /statements/old-name/, #p9 and #old-heading, all since moved and declared in
 * its aliases.yaml. Copied to a temporary folder, optionally edited, and built.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixture, removeAll, type FixtureBuild } from './build-fixture';
import { REPO_ROOT } from './paths';

export interface PermalinkBuild extends FixtureBuild {
  /** The copied content folder, to read back what the build wrote there. */
  content: string;
  /** The built site. */
  dist: string;
  remove: () => Promise<void>;
}

export async function buildPermalinkFixture(
  edit?: (content: string) => Promise<void>,
  env: Record<string, string> = {},
): Promise<PermalinkBuild> {
  const content = await mkdtemp(join(tmpdir(), 'permalinks-'));
  await cp(join(REPO_ROOT, 'tests/fixtures/permalinks/content'), content, { recursive: true });
  await edit?.(content);
  const build = await buildFixture(content, env);
  return {
    ...build,
    content,
    dist: join(build.outDir, 'dist'),
    remove: () => removeAll(content, build.outDir),
  };
}
