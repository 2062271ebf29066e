/**
 * Browser-only helpers shared by the copy buttons: put text on the clipboard, and tell
 * screen-reader users what happened through the page's polite live region.
 */

export const STATUS_ID = 'share-status';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function announce(message: string): void {
  const region = document.getElementById(STATUS_ID);
  if (!region) return;
  // Clearing first makes the same message be read again when it repeats.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

/** The page's canonical address: shared links point at the published site, not a mirror. */
export function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return canonical?.href ?? `${location.origin}${location.pathname}`;
}
