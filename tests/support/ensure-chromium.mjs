#!/usr/bin/env node
// Makes sure a Chromium binary exists for the browser tests (runs as the npm "pretest" script).
//
// Order: $CHROMIUM_PATH, then the usual Debian/Ubuntu locations. When none is found and we
// are root on a machine with apt-get, installs Debian's `chromium` package quietly. Never
// downloads a browser of its own. Plain Node ESM, no dependencies: works on Node 20+.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CANDIDATE_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Returns the path of a usable Chromium, or undefined. */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return CANDIDATE_PATHS.find(isExecutable);
}

function hasAptGet() {
  return ['/usr/bin/apt-get', '/bin/apt-get'].some(isExecutable);
}

function isDebianLike() {
  return existsSync('/etc/debian_version');
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

function fail(message) {
  console.error(`\n[ensure-chromium] ${message}\n`);
  process.exit(1);
}

function tail(text, lines = 40) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function main() {
  if (process.env.CHROMIUM_PATH && !isExecutable(process.env.CHROMIUM_PATH)) {
    fail(
      `CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", which is not an executable file.\n` +
        'Point it at a Chromium/Chrome binary, or unset it to use /usr/bin/chromium.',
    );
  }

  const found = findChromium();
  if (found) return;

  if (!(isRoot() && isDebianLike() && hasAptGet())) {
    fail(
      'No Chromium found for the browser tests (looked at ' +
        `${CANDIDATE_PATHS.join(', ')}).\n` +
        'Install Chromium (on Debian/Ubuntu: sudo apt-get install chromium) or set ' +
        'CHROMIUM_PATH to the path of a Chromium or Chrome binary.',
    );
  }

  console.log('[ensure-chromium] Chromium not found; installing Debian package "chromium"...');
  const started = Date.now();
  const update = run('apt-get', ['update', '-q']);
  if (!update.ok) {
    fail(`"apt-get update" failed:\n${tail(update.output)}`);
  }
  const install = run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium']);
  if (!install.ok) {
    fail(
      `"apt-get install chromium" failed:\n${tail(install.output)}\n\n` +
        'Install Chromium yourself or set CHROMIUM_PATH.',
    );
  }

  const installed = findChromium();
  if (!installed) {
    fail('apt-get reported success but no Chromium binary was found. Set CHROMIUM_PATH.');
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`[ensure-chromium] Installed ${installed} in ${seconds}s.`);
}

// Run only when executed directly (not when imported for findChromium).
if (
  process.argv[1] &&
  realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
) {
  main();
}
