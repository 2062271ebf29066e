/**
 * Flags for Debian's Chromium on these machines (root, closed network): without the
 * network ones it keeps trying, and failing, to reach Google's services. Shared by the
 * test harness (tests/support/browser.ts) and `npm run lighthouse`.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
