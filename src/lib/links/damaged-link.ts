/**
 * What a damaged link most likely meant. Links pasted into emails and posts pick up a
 * full stop or bracket at the end, and addresses copied from paper get capitals or lose
 * their closing slash; this site's paths are all lower case and end in a slash (or name a
 * file), and its paragraph ids are `p` and a number.
 */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"’”>]+$/;
// A fragment also picks up a slash (`#p5/`, typed as if it were a path) or a space.
const FRAGMENT_TRAILING = /[\s/.,;:!?)\]}'"’”>]+$/;
// Pages are folders here, so a page asked for as a file (`…/ncpi-wiltshire-2022.html`,
// from habit or an old site) is its folder; `index.html` and `404.html` are real files.
const PAGE_AS_FILE = /\/(?!index\.html$|404\.html$)([^/]+)\.html?$/;

function repaired(text: string, trailing = TRAILING_PUNCTUATION): string {
  return text.replace(trailing, '').toLowerCase();
}

/** The page address a damaged path most likely meant; undefined when nothing would change. */
export function likelyAddress(pathname: string): string | undefined {
  let path: string;
  try {
    path = repaired(decodeURIComponent(pathname));
  } catch {
    // A broken escape is not a damage this can undo.
    return undefined;
  }
  path = path.replace(PAGE_AS_FILE, '/$1/');
  const lastPart = path.slice(path.lastIndexOf('/') + 1);
  if (lastPart !== '' && !lastPart.includes('.')) path = `${path}/`;
  return path === pathname ? undefined : path;
}

/**
 * The fragment (`p4` for `P4`, `p4).`, `p4/` or `p04`) a damaged one most likely meant;
 * undefined when the same.
 */
export function likelyFragment(fragment: string): string | undefined {
  const likely = repaired(fragment, FRAGMENT_TRAILING).replace(/^p0+(?=[1-9])/, 'p');
  return likely === fragment || likely === '' ? undefined : likely;
}
