/**
 * Runs one of our npm scripts' CLIs as an author would, with the content pointed at a
 * test copy. Uses the same Node as the tests (Node 24 from node_modules) and tsx, as
 * `npm run` does, without npm's own start-up cost.
 */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './paths';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `env` adds to the environment, e.g. INIT_CWD, the folder npm was run from. */
export function runCli(
  script: string,
  args: string[],
  contentDir: string,
  env: NodeJS.ProcessEnv = {},
): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
