import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardDigest, drawCard, socialCardPng, wrapText } from '../../src/lib/share/social-card';
import { documentCardText } from '../../src/lib/share/document-card-text';
import { SITE_NAME } from '../../src/lib/site/site-info';
import { report, statement } from '../support/content-builders';

const card = { kicker: 'Report · 2023', title: 'A made-up title', footer: 'Site' };
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

describe('social cards', () => {
  it('are 1200×630 PNGs, drawn once per distinct card and then read from the cache', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'cards-'));
    folders.push(cache);
    const png = await socialCardPng(card, cache);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await readdir(cache)).toEqual([`${cardDigest(card)}.png`]);

    expect((await socialCardPng(card, cache)).equals(png)).toBe(true);
    expect(await readdir(cache)).toHaveLength(1);

    await socialCardPng({ ...card, title: 'Another title' }, cache);
    expect(await readdir(cache)).toHaveLength(2);
  });
});

describe('cards drawn one after another', () => {
  // Each thread paints every card on one canvas (social-card.ts): nothing of one card may
  // show through on the next.
  it('are each the same picture whatever was drawn before', async () => {
    const short = { kicker: 'Statement · 2024', title: 'Short', footer: 'Site' };
    const long = {
      kicker: 'Response to the post-inspection review · 12 March 2024',
      title:
        'A much longer title that fills every one of the four lines the card has room for '.repeat(
          3,
        ),
      footer: 'Child Protection Accountability, a longer footer',
    };
    const first = await drawCard(short);
    await drawCard(long);
    expect((await drawCard(short)).equals(first)).toBe(true);
  });
});

describe('a card title', () => {
  // Ten units a character, so a line of 100 units holds ten characters.
  const measure = (text: string) => text.length * 10;

  it('breaks between words into lines no wider than the card', () => {
    const lines = wrapText('Wiltshire Police child protection', 100, measure);
    expect(lines).toEqual(['Wiltshire', 'Police', 'child', 'protection']);
    expect(wrapText('a bb ccc dddd eeeee', 100, measure)).toEqual(['a bb ccc', 'dddd eeeee']);
    for (const line of wrapText('one two three four five six', 100, measure))
      expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('keeps four lines at most, the last ending in an ellipsis that fits', () => {
    // "gggg hhhh" fits in 95 units, but not with the ellipsis after it.
    const lines = wrapText('aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj', 95, measure);
    expect(lines).toEqual(['aaaa bbbb', 'cccc dddd', 'eeee ffff', 'gggg…']);
    expect(measure(lines.at(-1)!)).toBeLessThanOrEqual(95);
  });

  it('gives a word wider than a line a line of its own', () => {
    expect(wrapText('a supercalifragilistic word', 100, measure)).toEqual([
      'a',
      'supercalifragilistic',
      'word',
    ]);
  });

  it('drops extra spaces and keeps a short title whole', () => {
    expect(wrapText('  Two   words ', 100, measure)).toEqual(['Two words']);
  });
});

describe('a document’s card', () => {
  it('says what the document is and when, then its title', () => {
    const text = documentCardText(statement('s', { published: '2023-09-15' }));
    expect(text).toEqual({
      kicker: 'Statement · 15 September 2023',
      title: 'Title of s',
      footer: SITE_NAME,
    });
  });

  // Shared, a summary's card looked like the inspectorate's own report.
  it('says when the page is our summary, not the original’s words', () => {
    const summary = report('r', { published: '2023' });
    const text = documentCardText({ ...summary, data: { ...summary.data, verbatim: false } });
    expect(text.kicker).toBe('Report (our summary) · 2023');
  });

  // A shared link's preview may be all a reader sees of a withdrawn document.
  it('says a withdrawn document was withdrawn, so its card is drawn anew', () => {
    const withdrawn = statement('s', {
      published: '2023-09-15',
      withdrawn: { date: '2024-03-05', reason: 'Its figures were wrong.' },
    });
    const text = documentCardText(withdrawn);
    expect(text.kicker).toBe('Statement · 15 September 2023 · Withdrawn');
    expect(cardDigest(text)).not.toBe(
      cardDigest(documentCardText(statement('s', { published: '2023-09-15' }))),
    );
  });
});
