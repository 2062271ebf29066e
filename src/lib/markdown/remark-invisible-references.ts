/**
 * Refuses character references in a body that stand for a character no reader would see:
 * `&#x202E;` (text written backwards from there on), `&#8203;` or `&ZeroWidthSpace;` (a
 * word split so that search cannot find it), `&shy;`. The file's own characters are
 * checked before parsing (content-source.ts); these only appear once the parser has read
 * the references. A reference to no character at all (`&#0;`) is refused too: the parser
 * publishes it as "�".
 *
 * Code is left alone: a reference written in code is published as written.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { firstInvisible } from '../text/invisible-characters';

const REFERENCE = /&(?:#(\d+)|#x([\da-f]+)|([a-z][a-z\d]*));/gi;
/** The named references HTML writes for markup's own characters, which are all visible. */
const VISIBLE_NAMES = new Set(['amp', 'lt', 'gt', 'quot', 'apos', 'nbsp']);

export function remarkInvisibleReferences() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node) => {
      const found = shownOrFollowed(node)
        .map(lostOrInvisible)
        .find((code) => code !== undefined);
      if (found === undefined) return;
      const { start, end } = node.position ?? {};
      const written = source.slice(start?.offset ?? 0, end?.offset ?? source.length);
      const reference = culprit(written);
      const what = reference
        ? `The character reference ${reference}`
        : 'A character reference here';
      const message =
        found === 'U+FFFD'
          ? `${what} stands for no character, and would be published as "�". Write the character itself, or delete the reference.`
          : `${what} stands for an invisible character (${found}), which would be published unseen. Delete it.`;
      file.message(message, { place: node.position, ruleId: 'invisible-reference' });
    });
  };
}

/** A node's values that a reader sees or follows, in which a reference has been read. */
function shownOrFollowed(node: Nodes): string[] {
  switch (node.type) {
    case 'text':
      return [node.value];
    case 'link':
      return [node.url, node.title ?? ''];
    case 'image':
      return [node.url, node.title ?? '', node.alt ?? ''];
    default:
      return [];
  }
}

function lostOrInvisible(text: string): string | undefined {
  if (text.includes('\uFFFD')) return 'U+FFFD';
  return firstInvisible(text)?.code;
}

/** The reference in the written text most likely to be the one at fault. */
function culprit(written: string): string | undefined {
  const references = [...written.matchAll(REFERENCE)];
  const numeric = references.find(([, dec, hex]) => {
    if (dec === undefined && hex === undefined) return false;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return true;
    return lostOrInvisible(String.fromCodePoint(code)) !== undefined;
  });
  const named = references.find(
    ([, , , name]) => name !== undefined && !VISIBLE_NAMES.has(name.toLowerCase()),
  );
  return (numeric ?? named)?.[0];
}
