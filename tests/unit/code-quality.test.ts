// Code-quality gates: the same checks as `npm run lint`, `npm run format:check` and
// `npm run check`, so `npm test` fails on badly formatted code, lint errors or type errors.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';

const require = createRequire(join(REPO_ROOT, 'package.json'));

/** Path of a package's CLI script, from its package.json "bin". */
function binOf(pkg: string, name = pkg): string {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifestPath) as { bin: string | Record<string, string> };
  const script = typeof bin === 'string' ? bin : bin[name];
  if (!script) throw new Error(`${pkg} has no "${name}" command`);
  return join(dirname(manifestPath), script);
}

/** Runs a Node CLI on the Node running the tests (>= 22.12), from the repository root. */
function runNode(script: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    child.stdout.on('data', (data: Buffer) => chunks.push(data.toString()));
    child.stderr.on('data', (data: Buffer) => chunks.push(data.toString()));
    child.on('error', (error) => resolve({ code: null, output: String(error) }));
    child.on('close', (code) => resolve({ code, output: chunks.join('') }));
  });
}

// Generous timeouts: these run beside the other test files on a shared 2-core machine, where
// astro check alone has taken from 40 s to over 180 s. They bound a hang, not a speed.
const ESLINT_TIMEOUT = 300_000;
const CLI_TIMEOUT = 600_000;

describe('code quality', () => {
  it(
    'ESLint reports no problems',
    async () => {
      const eslint = new ESLint({
        cwd: REPO_ROOT,
        overrideConfigFile: join(REPO_ROOT, '.config/eslint.config.js'),
      });
      const results = await eslint.lintFiles(['.']);
      const problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
      const report = problems ? await (await eslint.loadFormatter('stylish')).format(results) : '';
      expect(problems, `ESLint found problems (npm run lint):\n${report}`).toBe(0);
    },
    ESLINT_TIMEOUT,
  );

  it(
    'Prettier finds every file formatted',
    async () => {
      const { code, output } = await runNode(binOf('prettier'), ['--check', '.']);
      expect(code, `Run \`npm run format\` to fix:\n${output}`).toBe(0);
    },
    CLI_TIMEOUT,
  );

  it(
    'astro check reports no errors',
    async () => {
      const { code, output } = await runNode(binOf('astro'), ['check']);
      expect(code, `astro check failed (npm run check):\n${output}`).toBe(0);
    },
    CLI_TIMEOUT,
  );
});
