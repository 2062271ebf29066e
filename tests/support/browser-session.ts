/**
 * Headless Chromium and a preview server of the built site, started before a test file's
 * tests and closed after them. Call once at the top of a browser test file; the fields
 * are set by the time its tests run.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startPreview, type Preview, type PreviewOptions } from './server';

export interface BrowserSession {
  browser: Browser;
  preview: Preview;
}

/**
 * @param preview what to serve, or a function saying so when the tests start: a file that
 *   builds its own fixture site first, in a `beforeAll` registered before this call, passes
 *   a function that reads that build's folder.
 */
export function useBrowserSession(
  preview: PreviewOptions | (() => PreviewOptions) = {},
): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    [session.browser, session.preview] = await Promise.all([
      launchBrowser(),
      startPreview(typeof preview === 'function' ? preview() : preview),
    ]);
  });
  afterAll(async () => {
    // Either may be missing if starting it failed; the error is reported by beforeAll.
    await Promise.all([session.browser?.close(), session.preview?.close()]);
  });
  return session;
}
