/**
 * On the 404 page: offers the address a damaged link most likely meant (damaged-link.ts),
 * only once the server confirms a page is there, so it never points to another dead end.
 */
import { likelyAddress } from './damaged-link';

export async function suggestAddress(): Promise<void> {
  const box = document.getElementById('likely-address');
  const candidate = likelyAddress(location.pathname);
  if (!box || !candidate) return;
  const target = `${candidate}${location.search}${location.hash}`;
  try {
    const response = await fetch(candidate, { method: 'HEAD' });
    if (!response.ok || response.redirected) return;
  } catch {
    return;
  }
  const link = Object.assign(document.createElement('a'), {
    href: target,
    textContent: new URL(target, location.href).href,
  });
  box.replaceChildren('Did you mean ', link, '?');
  box.hidden = false;
}
