/**
 * HTML's character references read back as the characters they stand for: the numeric
 * ones and the named ones HTML tools write for markup's own characters ("&amp;", "&#x26;").
 * For text taken from built HTML to show a person or compare; any other named reference
 * is left as written.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeCharacterReferences(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (reference, dec, hex, name) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[String(name).toLowerCase()] ?? reference;
  });
}
