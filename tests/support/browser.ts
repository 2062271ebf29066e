// Headless Chromium for the browser tests, driven by playwright-core with the system binary.
// No browser is ever downloaded: the binary comes from tests/support/ensure-chromium.mjs
// (run by `npm test` as "pretest") or from $CHROMIUM_PATH.
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { findChromium } from './ensure-chromium.mjs';
import { CHROMIUM_FLAGS } from '../../src/cli/chromium-flags';

/** Path of the Chromium binary used by the tests; throws with a hint when there is none. */
export function chromiumPath(): string {
  const path = findChromium();
  if (!path) {
    throw new Error(
      'No Chromium found. Run `node tests/support/ensure-chromium.mjs` (npm test does), ' +
        'install Chromium, or set CHROMIUM_PATH.',
    );
  }
  return path;
}

/** Launches headless Chromium. Close it in `afterAll` with `await browser.close()`. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    ...options,
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
  });
}
