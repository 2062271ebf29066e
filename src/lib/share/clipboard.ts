/**
 * Browser-only helpers shared by the copy buttons: put text on the clipboard, and say
 * what happened through the page's polite live region, which the stylesheet also shows
 * on screen while it has something to say (a sighted reader must learn that a copy
 * failed as surely as a screen-reader user).
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

/** How long a message stays on screen: long enough to read one that asks for something. */
export const SHOWN_FOR_MS = { done: 3_000, failed: 8_000 } as const;

let clearing: number | undefined;

export function announce(message: string, outcome: keyof typeof SHOWN_FOR_MS = 'done'): void {
  const region = document.getElementById(STATUS_ID);
  if (!region) return;
  // Clearing first makes the same message be read again when it repeats.
  region.textContent = '';
  window.clearTimeout(clearing);
  window.setTimeout(() => (region.textContent = message), 50);
  // Emptied, the region leaves the screen (and says nothing more).
  clearing = window.setTimeout(() => (region.textContent = ''), 50 + SHOWN_FOR_MS[outcome]);
}

/** The page's canonical address: shared links point at the published site, not a mirror. */
export function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return canonical?.href ?? `${location.origin}${location.pathname}`;
}
