/**
 * "Updates to this page" on every document page. Its first line dates the original's
 * publication; on a page of our summary it once read "5 August 2022 – first published.",
 * which dated our summary to the day the inspectorate published its report.
 */
import { describe, expect, test } from 'vitest';
import { documentPaths, normaliseSpace, readPage } from '../support/built-site';

describe('the update history of a document page', () => {
  test.each(documentPaths())('%s: its first line says whose publication it dates', async (path) => {
    const $ = await readPage(path);
    const summary = $('.verbatim-note').length > 0;
    const first = normaliseSpace($('#changes').parent().find('li').first().text());
    const published = normaliseSpace($('.metadata time').first().text());
    expect(first.startsWith(`${published} – `), first).toBe(true);
    expect(first.slice(published.length + 3)).toBe(
      summary
        ? 'the original was first published by its author. This page is our summary of it.'
        : 'first published by its author.',
    );
  });

  test('the sample site has pages of both kinds', async () => {
    const kinds = await Promise.all(
      documentPaths().map(async (path) => (await readPage(path))('.verbatim-note').length > 0),
    );
    expect(new Set(kinds)).toEqual(new Set([true, false]));
  });
});
