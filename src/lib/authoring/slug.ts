/**
 * A file name (and so a permanent web address) from a title: lowercase words joined by
 * hyphens, accents and apostrophes dropped, at most about 60 characters, cut between words.
 */
const MAX_LENGTH = 60;

/** Letters that Unicode does not split into a plain letter and an accent. */
const SPELT_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

export function slugFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþ]/g, (letter) => SPELT_OUT[letter] ?? letter)
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > MAX_LENGTH && slug) break;
    slug = longer;
  }
  return slug.slice(0, MAX_LENGTH).replace(/-+$/, '');
}
