/**
 * What a damaged link most likely meant. Links pasted into emails and posts pick up a
 * full stop or bracket at the end, and addresses copied from paper get capitals or lose
 * their closing slash; this site's paths are all lower case and end in a slash (or name a
 * file), and its paragraph ids are `p` and a number.
 */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"’”>]+$/;

function repaired(text: string): string {
  return text.replace(TRAILING_PUNCTUATION, '').toLowerCase();
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
  const lastPart = path.slice(path.lastIndexOf('/') + 1);
  if (lastPart !== '' && !lastPart.includes('.')) path = `${path}/`;
  return path === pathname ? undefined : path;
}

/** The fragment (`p4` for `P4` or `p4).`) a damaged one most likely meant; undefined when the same. */
export function likelyFragment(fragment: string): string | undefined {
  const likely = repaired(fragment);
  return likely === fragment || likely === '' ? undefined : likely;
}
