/**
 * /recommendations/<id>/briefing/: a councillor's one-page summary, with permalinks
 * printed in full that lead to paragraphs that exist.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normaliseSpace, readDist, readPage } from '../support/built-site';
import { REPO_ROOT } from '../support/paths';

const ids = (await readdir(join(REPO_ROOT, 'content/recommendations')))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();

/** A text's words alone, without punctuation or spacing. */
const words = (text: string) => (text.match(/[\p{L}\p{N}’']+/gu) ?? []).join(' ');

describe.each(ids)('the briefing on %s', (id) => {
  test('has the title, both statuses and the address of the full record', async () => {
    const record = await readPage(`/recommendations/${id}/`);
    const briefing = await readPage(`/recommendations/${id}/briefing/`);
    expect(briefing('h1').text()).toBe(record('h1').text());
    const status = briefing('table.briefing-status th')
      .map((_, th) => normaliseSpace(briefing(th).text()))
      .get();
    expect(status).toEqual(['Claimed', 'Verified by the inspectorate']);
    const fullRecord = briefing('dl.metadata a').last();
    expect(new URL(fullRecord.attr('href')!).pathname).toMatch(
      new RegExp(`/recommendations/${id}/$`),
    );
    expect(fullRecord.text()).toBe(fullRecord.attr('href'));
  });

  test('says how many assessments are recorded in words, "No assessment" when the record has none', async () => {
    const record = await readPage(`/recommendations/${id}/`);
    const note = normaliseSpace(
      (await readPage(`/recommendations/${id}/briefing/`))('table.briefing-status + p.note').text(),
    );
    if (record('main').text().includes('No document on this site has said where it stands yet'))
      expect(note).toBe('No assessment is recorded yet; the full record will show any that are.');
    else
      expect(note).toMatch(
        /^(1 assessment is|([2-9]|\d\d+) assessments are) recorded\. Each status is this site’s short reading of a document, not a grade the document gives; /,
      );
  });

  test('lists the marked paragraph each status it shows rests on', async () => {
    const data = JSON.parse(readDist('data/recommendations.json')) as {
      recommendations: {
        id: string;
        latestClaimed: { permalink: string } | null;
        latestVerified: { permalink: string } | null;
        paragraphs: { permalink: string }[];
      }[];
    };
    const entry = data.recommendations.find((candidate) => candidate.id === id)!;
    const marked = new Set(entry.paragraphs.map((paragraph) => paragraph.permalink));
    const briefing = await readPage(`/recommendations/${id}/briefing/`);
    const listed = briefing('ul.briefing-paragraphs a')
      .map((_, link) => briefing(link).attr('href'))
      .get();
    for (const status of [entry.latestClaimed, entry.latestVerified]) {
      if (status && marked.has(status.permalink)) expect(listed).toContain(status.permalink);
    }
  });

  test('prints each paragraph’s permalink in full, and each leads to that paragraph', async () => {
    const briefing = await readPage(`/recommendations/${id}/briefing/`);
    for (const anchor of briefing('.briefing-paragraphs a').toArray()) {
      const href = briefing(anchor).attr('href')!;
      expect(briefing(anchor).text()).toBe(href);
      const url = new URL(href);
      const target = await readPage(url.pathname);
      expect(target(url.hash).length, `${href} has no such paragraph`).toBe(1);
    }
  });

  test('shows each paragraph in its own words, and says when those are our summary', async () => {
    const briefing = await readPage(`/recommendations/${id}/briefing/`);
    for (const item of briefing('.briefing-paragraphs > li').toArray()) {
      const url = new URL(briefing(item).find('.note a').attr('href')!);
      const target = await readPage(url.pathname);
      const quote = briefing(item).find('blockquote, .marked-summary').clone();
      const ourSummary = target('.verbatim-note').length > 0;
      // Our summary's words are not set as a quotation, and say whose they are first.
      expect(quote.is('.marked-summary'), url.pathname).toBe(ourSummary);
      expect(quote.find('.marked-summary__label').length).toBe(ourSummary ? 1 : 0);
      quote.find('.marked-summary__label').remove();
      // A list is quoted as a list: its items' words, one after another.
      const items = quote.find('li').toArray();
      const shown = (
        items.length > 0 ? items.map((li) => briefing(li).text()).join(' ') : quote.text()
      ).replace(/…\s*$/, '');
      // Word for word, with no quotation marks added.
      expect(words(target(url.hash).text())).toContain(words(shown));
      expect(shown.trim()[0]).toBe(target(url.hash).text().trim()[0]);
      expect(briefing(item).find('.note').text().includes('(our summary)'), url.pathname).toBe(
        ourSummary,
      );
    }
  });

  test('is linked from the full record', async () => {
    const record = await readPage(`/recommendations/${id}/`);
    expect(record(`a[href$="/recommendations/${id}/briefing/"]`).length).toBe(1);
  });
});

describe('a commitment’s briefing', () => {
  const id = 'pcc-wiltshire-2023-cait-sentinel-resilience';

  test('names the report it answers and the document whose words it quotes', async () => {
    const briefing = await readPage(`/recommendations/${id}/briefing/`);
    const rows = briefing('dl.metadata dt')
      .map((_, dt) => [
        [normaliseSpace(briefing(dt).text()), normaliseSpace(briefing(dt).next().text())],
      ])
      .get() as [string, string][];
    const row = Object.fromEntries(rows);
    expect(row['From']).toBeUndefined();
    expect(row['Answers']).toMatch(/post-inspection review/i);
    expect(row['Made in']).toMatch(/Police and Crime Commissioner/i);
    expect(normaliseSpace(briefing('main').text())).toContain(
      `In the words of: ${row['Made in']?.split(',')[0]}`,
    );
  });
});
