/**
 * The JavaScript layer of a document page (browser only). Everything here improves on
 * something that already works without it: the paragraph links are real links, and the
 * citations are selectable text.
 * - A click on a paragraph link also copies the paragraph's full address.
 * - Copy buttons (hidden until this runs) copy a citation.
 * - The date accessed in citations becomes today's date.
 * - When the page's address names a paragraph (`#p12`, as a followed ¶ link leaves it),
 *   "Cite this" also offers citations of that paragraph alone.
 * - Selecting words in the body offers a link to that exact quote (quote-links.ts).
 * - A damaged paragraph link (`#p4.`, `#P4`) lands on its paragraph, and one to a paragraph
 *   the page does not have says so (repair-paragraph-hash.ts).
 */
import { announce, copyText, pageUrl } from './clipboard';
import { paragraphNumber } from '../markdown/paragraph-id';
import { offerQuoteLinks } from './quote-links';
import { repairParagraphHash } from './repair-paragraph-hash';

const todayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export function enhanceDocument(): void {
  repairParagraphHash();
  copyParagraphLinks();
  fillAccessedDates();
  citeLinkedParagraph();
  enableCopyButtons();
  offerQuoteLinks();
}

function copyParagraphLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(
      'a.paragraph-link, a.section-link',
    );
    if (!link) return;
    // The browser still follows the link (the address bar shows it); this also copies it.
    const url = `${pageUrl()}${link.hash}`;
    const { paragraph, section } = link.dataset;
    const label = section
      ? `section “${section}”`
      : paragraph
        ? `paragraph ${paragraph}`
        : 'paragraph';
    void copyText(url).then((copied) =>
      copied
        ? announce(`Link to ${label} copied.`)
        : announce(`Could not copy. The link to ${label} is now in the address bar.`, 'failed'),
    );
  });
}

function fillAccessedDates(): void {
  const today = todayFormat.format(new Date());
  for (const element of document.querySelectorAll('[data-accessed-date]'))
    element.textContent = today;
}

function citeLinkedParagraph(): void {
  const citations = document.getElementById('cite-paragraph');
  const body = document.querySelector('.document-body');
  if (!citations || !body) return;
  const show = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const number = paragraphNumber(id);
    const paragraph = number === undefined ? null : document.getElementById(id);
    citations.hidden = !paragraph || !body.contains(paragraph);
    if (citations.hidden) return;
    for (const element of citations.querySelectorAll('[data-paragraph-number]'))
      element.textContent = String(number);
  };
  show();
  window.addEventListener('hashchange', show);
}

function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const source = document.getElementById(button.dataset.copyFrom ?? '');
      const text = source instanceof HTMLInputElement ? source.value : (source?.textContent ?? '');
      const what = button.dataset.copyWhat ?? 'Text';
      void copyText(text.replace(/\s+/g, ' ').trim()).then((copied) =>
        copied
          ? announce(`${what} copied.`)
          : announce(
              `Could not copy. Select the ${what.toLowerCase()} and copy it yourself.`,
              'failed',
            ),
      );
    });
  }
}
