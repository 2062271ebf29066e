/**
 * The link to words a reader selects in a document's body (browser only): a text
 * fragment, widened to whole words (a text fragment cannot match part of a word), with
 * the words around it when the same words are earlier on the page, offered in a panel
 * fixed to the window's foot (ShareTools.astro). The panel is moved to just after the
 * selected words' part of the body, so the Tab key reaches it next.
 */
import { pageUrl } from './clipboard';
import { PARAGRAPH_ID } from '../markdown/paragraph-id';
import { linkToFragment, quoteUrl, spanningTextFragment, textFragment } from './text-fragment';
import { selectedWholeWords, wholeWordOffsets, wholeWords } from './whole-words';
import type { QuoteSurroundings } from './quote-context';

export function offerQuoteLinks(): void {
  const body = document.querySelector('.document-body');
  const panel = document.getElementById('quote-link');
  const field = document.getElementById('quote-link-url');
  if (!body || !panel || !(field instanceof HTMLInputElement)) return;
  const root = document.documentElement;
  // The panel is fixed over the page's foot: the page grows by its height, so what it
  // covers can still scroll clear of it, and the copy notice sits above it. Measured again
  // whenever its height changes (a phone turned, a window narrowed, its words wrapping).
  const measure = () => root.style.setProperty('--quote-link-height', `${panel.offsetHeight}px`);
  new ResizeObserver(() => {
    if (!panel.hidden) measure();
  }).observe(panel);
  const show = (open: boolean) => {
    panel.hidden = !open;
    root.classList.toggle('quote-link-open', open);
    if (open) measure();
  };
  // A link focused underneath the panel is scrolled above it (WCAG 2.4.11): browsers
  // scroll focus into the window, not out from under a fixed panel.
  document.addEventListener('focusin', (event) => {
    if (panel.hidden || !(event.target instanceof Element) || panel.contains(event.target)) return;
    const covered = event.target.getBoundingClientRect().bottom - panel.getBoundingClientRect().top;
    if (covered > 0) window.scrollBy({ top: covered + 16 });
  });
  let timer: number | undefined;
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      // Focus moving into the panel's field takes the selection there: that is not the
      // reader choosing other words, and the panel stays as it was, also once they Tab on.
      const anchor = document.getSelection()?.anchorNode;
      if (anchor && panel.contains(anchor)) return;
      const url = selectedQuoteUrl(body, panel);
      if (url) {
        field.value = url;
        placeAfterSelection(body, panel);
        show(true);
      } else if (!panel.matches(':focus-within, :hover')) {
        show(false);
      }
    }, 150);
  });
}

/**
 * A link to the selected words, when the selection lies within the document's body (and
 * not in the panel, which sits there once shown: selecting its address is not a quote).
 */
function selectedQuoteUrl(body: Element, panel: Element): string | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const inBody = (node: Node) => body.contains(node) && !panel.contains(node);
  if (!inBody(range.startContainer) || !inBody(range.endContainer)) return undefined;
  const first = paragraphAround(range.startContainer);
  const last = paragraphAround(range.endContainer);
  if (first && last && first !== last) return spanningQuoteUrl(range, first, last, panel);
  return quoteUrl(pageUrl(), selectedWholeWords(selection), first?.id, surroundings(range, panel));
}

/**
 * Moves the panel to just after the part of the body (a paragraph and its link, a list,
 * table or heading) where the selection ends. It is fixed to the window's foot wherever it is in
 * the page, but the Tab key follows the page's order: from words selected near the top of
 * a long document, the panel came after every link below them. It goes between the body's
 * parts, never inside one, so no paragraph's text (which a quote link matches) takes in
 * its words. A panel holding focus stays put: moving it would drop the focus.
 */
function placeAfterSelection(body: Element, panel: Element): void {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || panel.contains(document.activeElement)) return;
  let part: Node | null = selection.getRangeAt(0).endContainer;
  while (part && part.parentNode !== body) part = part.parentNode;
  if (!(part instanceof Element)) return;
  // A paragraph's own link follows it (rehype-paragraph-links.ts) and stays beside it.
  const last = part.nextElementSibling?.matches('a.paragraph-link')
    ? part.nextElementSibling
    : part;
  if (last.nextElementSibling !== panel) last.after(panel);
}

/**
 * The text around a selection that a link to it may need (quote-context.ts): the page
 * before the block it starts in (a paragraph, or one item of a list or table), and that
 * block before its start and after its end, both widened to whole words as the quote is.
 */
function surroundings(range: Range, panel: Element): QuoteSurroundings {
  const { startContainer, endContainer } = range;
  const { start, end } = wholeWordOffsets(range);
  const startBlock = blockAround(startContainer);
  const endBlock = blockAround(endContainer);
  return {
    earlier: textLeavingOut(panel, [document.body, 0], [startBlock, 0]),
    before: textBetween([startBlock, 0], [startContainer, start]),
    after: textBetween([endContainer, end], [endBlock, endBlock.childNodes.length]),
  };
}

/** The innermost block a node is in: a browser matches a quote's words within one. */
function blockAround(node: Node): Element {
  const element = node instanceof Element ? node : node.parentElement!;
  return element.closest('p, li, td, th, dt, dd, pre, h2, h3, h4, h5, h6') ?? element;
}

function textBetween([startNode, start]: [Node, number], [endNode, end]: [Node, number]): string {
  const range = document.createRange();
  range.setStart(startNode, start);
  range.setEnd(endNode, end);
  return range.toString();
}

/**
 * The text between two points, without the panel's when it lies between them: a browser
 * following the link sees the panel hidden, so its words are not on the page it searches.
 */
function textLeavingOut(panel: Element, from: [Node, number], to: [Node, number]): string {
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  if (!range.intersectsNode(panel)) return range.toString();
  const panelAt = Array.prototype.indexOf.call(panel.parentNode!.childNodes, panel);
  return (
    textBetween(from, [panel.parentNode!, panelAt]) +
    textBetween([panel.parentNode!, panelAt + 1], to)
  );
}

/** The numbered paragraph (`#p4`) a node is in, if any. */
function paragraphAround(node: Node): Element | undefined {
  let block = (node instanceof Element ? node : node.parentElement)?.closest('[id]');
  while (block && !PARAGRAPH_ID.test(block.id)) block = block.parentElement?.closest('[id]');
  return block ?? undefined;
}

/**
 * A link to words selected across paragraphs: a text match cannot cross one, so it is
 * made of the selection's part in the first paragraph and its part in the last. A part
 * with no words (a selection that starts after a paragraph's last word) leaves the other.
 */
function spanningQuoteUrl(
  range: Range,
  first: Element,
  last: Element,
  panel: Element,
): string | undefined {
  const head = document.createRange();
  head.setStart(range.startContainer, range.startOffset);
  head.setEnd(first, first.childNodes.length);
  const tail = document.createRange();
  tail.setStart(last, 0);
  tail.setEnd(range.endContainer, range.endOffset);
  const [headWords, tailWords] = [head, tail].map((part) => wholeWords(part, part.toString()));
  const fragment =
    spanningTextFragment(headWords!, tailWords!, first.id, surroundings(head, panel)) ??
    textFragment(headWords!, first.id, surroundings(head, panel)) ??
    textFragment(tailWords!, last.id, surroundings(tail, panel));
  return fragment && linkToFragment(pageUrl(), fragment);
}
