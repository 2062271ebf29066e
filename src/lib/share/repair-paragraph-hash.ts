/**
 * A paragraph link that arrives damaged still lands on its paragraph: `#p4.` or `#p4)`
 * (punctuation an email or post caught at the end of the link) and `#P4` go to `#p4`,
 * without a new history entry. A paragraph number the page does not have (`#p99`, from a
 * mistyped or older link) is said so, rather than the page opening at its top in silence.
 */
import { announce } from './clipboard';
import { likelyFragment } from '../links/damaged-link';
import { paragraphNumber } from '../markdown/paragraph-id';

export function repairParagraphHash(): void {
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  if (id === '' || document.getElementById(id)) return;
  const likely = likelyFragment(id);
  if (likely !== undefined && document.getElementById(likely)) {
    // A navigation to the fragment, unlike replaceState, scrolls to it and marks it :target.
    location.replace(`#${likely}`);
    return;
  }
  const number = paragraphNumber(likely ?? id);
  const count = document.querySelectorAll('.document-body .paragraph-link').length;
  if (number === undefined || count === 0) return;
  announce(
    `This page has no paragraph ${number}: its paragraphs are numbered 1 to ${count}.`,
    'failed',
  );
}
