#!/usr/bin/env node
// Keeps `npm ci` working when the registry lacks some platform binaries.
//
// Packages such as @astrojs/compiler-binding and pagefind list one optional dependency per
// platform, pinned to an exact version. When the registry this project installs from does
// not have that version for another platform (say darwin-arm64), `npm install` silently
// leaves it out of package-lock.json, and `npm ci` then refuses the lockfile with
// "Missing: <name>@ from lock file". This script adds the entry npm would have written
// (version, os, cpu, libc, optional) without a download address, so `npm ci` accepts the
// lockfile and simply skips the package on platforms it is not for.
//
//   node .config/lockfile-platform-stubs.mjs          add missing entries (asks the registry
//                                                     for os/cpu/libc of each, a few look-ups)
//   node .config/lockfile-platform-stubs.mjs --check  exit 1 if entries are missing
//
// Run it after anything that rewrites package-lock.json from scratch. Plain Node 20+.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockPath = join(root, 'package-lock.json');
const checkOnly = process.argv.includes('--check');

const exactVersion = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/** Lockfile key that would satisfy `name` for the package at `from`, walking up like Node. */
function resolveKey(packages, from, name) {
  let dir = from;
  for (;;) {
    const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[key]) return key;
    if (!dir) return undefined;
    const at = dir.lastIndexOf('/node_modules/');
    dir = at === -1 ? '' : dir.slice(0, at);
  }
}

function platformOf(name) {
  try {
    // The whole manifest: asking for single fields changes the shape of npm's answer.
    const out = execFileSync('npm', ['view', name, '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const parsed = out.trim() ? JSON.parse(out) : {};
    const data = Array.isArray(parsed) ? (parsed.at(-1) ?? {}) : parsed;
    return { os: data.os, cpu: data.cpu, libc: data.libc };
  } catch {
    return undefined;
  }
}

const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages ?? {};
const missing = [];
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!exactVersion.test(spec) || resolveKey(packages, key, name)) continue;
    const target = packages[`node_modules/${name}`]
      ? `${key}/node_modules/${name}`
      : `node_modules/${name}`;
    missing.push({ parent: entry, name, spec, target });
  }
}

if (missing.length === 0) {
  console.log('package-lock.json: no missing platform entries.');
  process.exit(0);
}
if (checkOnly) {
  console.error(
    `package-lock.json lacks ${missing.length} optional platform entries ` +
      `(${missing.map((m) => m.name).join(', ')}); npm ci will refuse it. ` +
      'Run: node .config/lockfile-platform-stubs.mjs',
  );
  process.exit(1);
}

for (const { parent, name, spec, target } of missing) {
  const platform = platformOf(name);
  if (!platform || (!platform.os && !platform.cpu)) {
    console.warn(`skipped ${name}@${spec}: no os/cpu known for it on the registry`);
    continue;
  }
  const stub = { version: spec };
  if (platform.cpu) stub.cpu = platform.cpu;
  if (parent.dev) stub.dev = true;
  if (platform.libc) stub.libc = platform.libc;
  stub.optional = true;
  if (platform.os) stub.os = platform.os;
  packages[target] = stub;
  console.log(`added ${target}@${spec}`);
}

// npm keeps the root entry ("") first and the rest sorted.
const { '': rootEntry, ...rest } = packages;
lock.packages = { '': rootEntry };
for (const key of Object.keys(rest).sort((a, b) => a.localeCompare(b, 'en'))) {
  lock.packages[key] = rest[key];
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
