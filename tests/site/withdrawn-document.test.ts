/**
 * A withdrawn document keeps its address, paragraph links and words, and says everywhere
 * it appears that it was withdrawn, when and why; its status is not where a recommendation
 * stands. Builds a small fixture site (tests/support/withdrawn-fixture.ts).
 */
import { escapeRegExp } from '../../src/lib/text/escape-reg-exp';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, removeAll, type FixtureBuild } from '../support/build-fixture';
import { WITHDRAWN, withdrawnFixture } from '../support/withdrawn-fixture';
import { isTakenByPage } from '../../src/lib/markdown/page-part-ids';

let content: string;
let build: FixtureBuild;

beforeAll(async () => {
  content = await withdrawnFixture();
  build = await buildFixture(content, { SOCIAL_CARDS: 'site' });
}, 240_000);

afterAll(async () => {
  await removeAll(...[content, build?.outDir].filter((dir): dir is string => Boolean(dir)));
});

const read = (path: string) =>
  readFile(join(build.outDir, 'dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const page = async (path: string) => cheerio.load(await read(path));
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const NOTICE = `Withdrawn on 5 March 2024: ${WITHDRAWN.reason}.`;

describe('a withdrawn document', () => {
  test('builds, and check:content’s rules accept it', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  test('keeps its address, its words and its paragraph anchors, with the notice at the top', async () => {
    const $ = await page(WITHDRAWN.path);
    expect($('h1').text()).toBe(WITHDRAWN.title);
    // A tab, a bookmark or a shared link's preview says so before the page is read.
    expect($('title').text()).toMatch(new RegExp(`^Withdrawn: ${escapeRegExp(WITHDRAWN.title)}`));
    expect($('meta[property="og:title"]').attr('content')).toMatch(/^Withdrawn: /);
    const notice = $('section[aria-labelledby="withdrawn"]');
    expect(words(notice.find('h2#withdrawn').text())).toBe('This document has been withdrawn');
    expect(words(notice.find('p').first().text())).toBe(NOTICE);
    expect(notice.find('time').attr('datetime')).toBe(WITHDRAWN.date);
    // The notice comes before the document's details and words.
    expect($('article > *').index(notice)).toBeLessThan($('article > .metadata').index());
    expect(words($('#p1').text())).toContain('The opening paragraph.');
    expect(words($('#p2').text())).toContain('The work the recommendation asks for is complete.');
  });

  test('the notice’s id is reserved, so no heading in the body can take it', async () => {
    const $ = await page(WITHDRAWN.path);
    const unreserved = $('[id]')
      .filter((_, element) => $(element).closest('.document-body').length === 0)
      .map((_, element) => $(element).attr('id') ?? '')
      .get()
      .filter((id) => !isTakenByPage(id));
    expect(unreserved).toEqual([]);
  });

  test('its citations say when it was withdrawn; its updates list the withdrawal', async () => {
    const $ = await page(WITHDRAWN.path);
    expect(words($('#citation-plain').text())).toContain('1 October 2023. Withdrawn 5 March 2024.');
    expect(words($('#citation-harvard').text())).toContain('Withdrawn 5 March 2024.');
    expect(words($('#changes + ul li').last().text())).toBe(
      `5 March 2024 – withdrawn: ${WITHDRAWN.reason}.`,
    );
  });

  test('stays in its list and the timeline, marked, but is not featured as new', async () => {
    const list = await page('/statements/');
    const item = list(`.document-list li:has(a[href="${WITHDRAWN.path}"])`);
    expect(words(item.find('.caption').text())).toMatch(/· Withdrawn on 5 March 2024$/);
    const standing = list('.document-list li:has(a[href="/statements/example-statement/"])');
    expect(standing.find('.caption').text()).not.toContain('Withdrawn');

    // The A–Z list is search's fallback without JavaScript: it marks it too.
    const titles = await page('/documents/');
    const listed = titles(`.document-list li:has(a[href="${WITHDRAWN.path}"])`);
    expect(words(listed.find('.caption').text())).toMatch(
      /^Statement, .+ · Withdrawn on 5 March 2024$/,
    );
    const current = titles('.document-list li:has(a[href="/statements/example-statement/"])');
    expect(current.find('.caption').text()).not.toContain('Withdrawn');

    const timeline = await page('/timeline/');
    const event = timeline(`.timeline li:has(a[href="${WITHDRAWN.path}"])`);
    expect(words(event.find('.caption').text())).toContain('Statement · Withdrawn on 5 March 2024');

    const home = await page('/');
    expect(home(`a[href="${WITHDRAWN.path}"]`)).toHaveLength(0);
    expect(home('a[href="/statements/example-statement/"]').length).toBeGreaterThan(0);
  });

  test('on the recommendation page, its quote is marked and its claim is not the latest', async () => {
    const $ = await page(`/recommendations/${WITHDRAWN.recommendation}/`);
    const quoted = $(`.marked-paragraphs li:has(a[href="${WITHDRAWN.path}#p2"])`);
    expect(words(quoted.find('.withdrawn-quote').text())).toBe(
      `From a withdrawn document: withdrawn on 5 March 2024. ${WITHDRAWN.reason}.`,
    );
    // The standing 2023 claim, not the withdrawn "Met".
    expect(words($('section[aria-labelledby="claimed"]').text())).toMatch(/In progress/);
    expect(words($('section[aria-labelledby="claimed"]').text())).not.toMatch(/\bMet\b/);
    const history = $(`.status-history li:has(a[href="${WITHDRAWN.path}#p2"])`);
    expect(words(history.text())).toContain(
      'Withdrawn: the document was withdrawn on 5 March 2024',
    );

    const briefing = await page(`/recommendations/${WITHDRAWN.recommendation}/briefing/`);
    expect(words(briefing('.briefing-paragraphs .withdrawn-quote').text())).toContain(
      'From a withdrawn document',
    );
    expect(words(briefing('.briefing-status').text())).not.toMatch(/\bMet\b/);
  });

  test('search can filter on it: its page is indexed as withdrawn, a standing one as not', async () => {
    const standing = async (path: string) =>
      (await page(path))('data[data-pagefind-filter="standing[value]"]')
        .map((_, element) => element.attribs['value'])
        .get();
    expect(await standing(WITHDRAWN.path)).toEqual(['Withdrawn']);
    expect(await standing('/statements/example-statement/')).toEqual(['Not withdrawn']);
  });

  test('open data and the feed carry the withdrawal', async () => {
    const data = JSON.parse(await read('/data/documents.json')) as {
      documents: { id: string; withdrawn: unknown }[];
    };
    expect(data.documents.find((doc) => doc.id === WITHDRAWN.slug)?.withdrawn).toEqual({
      date: { date: WITHDRAWN.date, precision: 'day' },
      reason: WITHDRAWN.reason,
    });
    expect(data.documents.find((doc) => doc.id === 'example-statement')?.withdrawn).toBeNull();

    const recommendations = JSON.parse(await read('/data/recommendations.json')) as {
      recommendations: { latestClaimed: { document: string } | null }[];
    };
    expect(recommendations.recommendations[0]?.latestClaimed?.document).toBe('example-statement');

    const feed = cheerio.load(await read('/feed.xml'), { xml: true });
    const item = feed('item').filter((_, el) =>
      feed(el).find('link').text().endsWith(WITHDRAWN.path),
    );
    expect(item.find('title').text()).toBe(`Withdrawn: ${WITHDRAWN.title}`);
    expect(item.find('description').text()).toMatch(new RegExp(`^${NOTICE.replace('.', '\\.')}`));
  });
});
