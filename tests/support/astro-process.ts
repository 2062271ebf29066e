/**
 * Runs `astro dev` against a test copy of the content, in a child process, as an author
 * would with `npm run dev`. (Builds go through build-fixture.ts.)
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { REPO_ROOT } from './paths';

const ASTRO = 'node_modules/astro/bin/astro.mjs';

/** The environment without Vitest's own variables (NODE_ENV=test, VITEST…), which change how Astro runs. */
function astroEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
    ),
  );
  return { ...env, ...extra };
}

export interface DevServer {
  url: string;
  /** Everything the server has printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

export async function startDevServer(contentDir: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: REPO_ROOT,
      env: astroEnv({ CONTENT_DIR: contentDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls `check` until it returns a value, or fails after `timeoutMs` with what it saw last. */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`,
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
