/** Builds the site once before the test projects run, unless SKIP_BUILD=1. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npx', ['astro', 'build'], { stdio: 'inherit' });
}
