/**
 * The recommendation tracker on the built site: from every recommendation page a
 * reader reaches, in one click, every paragraph that speaks to it; every marked
 * paragraph links back; deadlines, organisation lists and the timeline are there.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { fileForPath, normaliseSpace, readPage } from '../support/built-site';
import { REPO_ROOT } from '../support/paths';

const CONTENT = join(REPO_ROOT, 'content');
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');

interface RecommendationFile {
  id: string;
  report: string;
  kind: string;
  addressedTo: string[];
  wording: string;
  source: string;
}

interface Link {
  path: string;
  fragment: string | undefined;
}

let recommendations: RecommendationFile[] = [];
const documentPaths: string[] = [];
const pages = new Map<string, CheerioAPI>();

async function page(path: string): Promise<CheerioAPI> {
  let $ = pages.get(path);
  if (!$) {
    $ = await readPage(path);
    pages.set(path, $);
  }
  return $;
}

/** Links to pages of this site inside `scope`, with the base path taken off. */
function links($: CheerioAPI, scope: string): Link[] {
  return $(scope)
    .find('a[href^="/"]')
    .toArray()
    .map((a) => String($(a).attr('href')))
    .map((href) => {
      const [pathPart = '', fragment] = href.split('#');
      const path =
        BASE && pathPart.startsWith(BASE) ? pathPart.slice(BASE.length) || '/' : pathPart;
      return { path, fragment };
    });
}

/** Every `<Addresses>` block on the document pages: which paragraph, which recommendation page. */
const marked: { path: string; paragraph: string; target: string }[] = [];

beforeAll(async () => {
  const names = (await readdir(join(CONTENT, 'recommendations'))).filter((name) =>
    name.endsWith('.yaml'),
  );
  recommendations = await Promise.all(
    names.sort().map(async (name) => ({
      id: name.replace(/\.yaml$/, ''),
      ...(parse(await readFile(join(CONTENT, 'recommendations', name), 'utf8')) as Omit<
        RecommendationFile,
        'id'
      >),
    })),
  );
  for (const folder of ['reports', 'statements', 'responses']) {
    for (const name of (await readdir(join(CONTENT, folder))).filter((file) =>
      file.endsWith('.mdx'),
    )) {
      documentPaths.push(`/${folder}/${name.replace(/\.mdx$/, '')}/`);
    }
  }
  for (const path of documentPaths) {
    const $ = await page(path);
    $('.addresses').each((_, wrapper) => {
      const paragraphs = $(wrapper)
        .children('[id]')
        .toArray()
        .map((block) => String($(block).attr('id')));
      const targets = $(wrapper)
        .find('.addresses-note a')
        .toArray()
        .map((a) => String($(a).attr('href')).slice(BASE.length));
      for (const paragraph of paragraphs)
        for (const target of targets) marked.push({ path, paragraph, target });
    });
  }
});

const recommendationPath = (id: string) => `/recommendations/${id}/`;

/** A block's words: a list's item by item (a list is quoted as a list), anything else's whole. */
const quotedParts = ($: CheerioAPI, block: ReturnType<CheerioAPI>) =>
  block.find('li').length > 0
    ? block
        .find('li')
        .toArray()
        .map((item) => normaliseSpace($(item).text()))
    : [normaliseSpace(block.text())];

describe('recommendation pages', () => {
  test('there is one page per recommendation, and the table lists each once', async () => {
    expect(recommendations.length).toBeGreaterThan(0);
    for (const { id } of recommendations)
      expect(existsSync(fileForPath(recommendationPath(id))), id).toBe(true);
    const $ = await page('/recommendations/');
    const rows = $('table tbody tr').toArray();
    expect(rows).toHaveLength(recommendations.length);
    const linked = rows.map((row) => $(row).find('th a').attr('href')?.slice(BASE.length));
    expect(linked.sort()).toEqual(recommendations.map(({ id }) => recommendationPath(id)));
  });

  test('a topic and a commitment name whom they are about, not whom they are addressed to', async () => {
    const label = async (kind: string) => {
      const rec = recommendations.find((candidate) => candidate.kind === kind);
      expect(rec, kind).toBeDefined();
      const $ = await page(recommendationPath(rec?.id ?? ''));
      const dt = $('.metadata dt').filter((_, element) =>
        /Addressed to|About/.test($(element).text()),
      );
      return `${dt.text()}: ${normaliseSpace(dt.next('dd').text())}`;
    };
    expect(await label('topic')).toBe('About: Wiltshire Police');
    expect(await label('area-for-focus')).toBe('About: Wiltshire Police');
    expect(await label('commitment')).toBe('About: Wiltshire Police');
  });

  // Cut at 200 characters, the 2023 review's paragraph on the voice of the child stopped at
  // "training on the voice…".
  test('quotes each marked paragraph whole, the words it is marked for included', async () => {
    let quotes = 0;
    for (const { id } of recommendations) {
      const $ = await page(recommendationPath(id));
      for (const item of $('.marked-paragraphs > li').toArray()) {
        const href = $(item).find('a').first().attr('href');
        const [pathPart = '', paragraph] = String(href).split('#');
        const source = (await page(pathPart.slice(BASE.length)))(`[id="${paragraph}"]`);
        const quote = $(item).find('blockquote, .marked-summary').clone();
        quote.find('.marked-summary__label').remove();
        const quoted = quotedParts($, quote);
        expect(quoted.join(' ').endsWith('…'), `${id}: ${quoted.join(' ')}`).toBe(false);
        expect(quoted, id).toEqual(quotedParts(await page(pathPart.slice(BASE.length)), source));
        quotes += 1;
      }
    }
    expect(quotes).toBeGreaterThan(10);
    const voice = await page(recommendationPath('ncpi-wiltshire-2022-voice-of-the-child'));
    const items = voice('.marked-paragraphs :is(blockquote, .marked-summary) li')
      .toArray()
      .map((item) => voice(item).text());
    expect(items).toContain('training on the voice of the child');
  });

  // A paragraph of our summary of a report, ruled as a quotation, was taken for the
  // report's words: only a note under it said "(our summary)".
  test('sets only documents’ own words as quotations, and says so before our summaries', async () => {
    const seen = { quotes: 0, summaries: 0 };
    for (const { id } of recommendations) {
      const $ = await page(recommendationPath(id));
      for (const item of $('.marked-paragraphs > li').toArray()) {
        const [pathPart = ''] = String($(item).find('a').first().attr('href')).split('#');
        const ours = (await page(pathPart.slice(BASE.length)))('.verbatim-note').length > 0;
        expect($(item).find('blockquote').length, `${id}: ${pathPart}`).toBe(ours ? 0 : 1);
        expect(normaliseSpace($(item).find('.marked-summary__label').text())).toBe(
          ours ? 'Our summary, not the document’s words:' : '',
        );
        seen[ours ? 'summaries' : 'quotes'] += 1;
      }
    }
    expect(seen.quotes).toBeGreaterThan(0);
    expect(seen.summaries).toBeGreaterThan(0);
  });

  // A resident met "OPCC" and "MOSOVO" in the quotes with nothing to say what they mean.
  test('explains the glossary’s acronyms in quoted words, linking each once', async () => {
    const $ = await page(recommendationPath('ncpi-wiltshire-2023-missing-children'));
    const marked = $('.marked-paragraphs abbr')
      .toArray()
      .map((abbr) => [$(abbr).text(), $(abbr).attr('title')]);
    expect(marked).toContainEqual(['OPCC', 'Office of the Police and Crime Commissioner']);
    const linked = $('.marked-paragraphs a.glossary-term')
      .toArray()
      .map((link) => $(link).attr('href'));
    expect(linked).toContain(`${BASE}/glossary/#opcc`);
    expect(new Set(linked).size).toBe(linked.length);
  });

  test('every link on a recommendation page goes to a page and an anchor that exist', async () => {
    for (const { id } of recommendations) {
      for (const link of links(await page(recommendationPath(id)), 'main')) {
        expect(existsSync(fileForPath(link.path)), `${id} links to ${link.path}`).toBe(true);
        if (!link.fragment) continue;
        const target = await page(link.path);
        expect(
          target(`[id="${link.fragment}"]`).length,
          `${id} links to ${link.path}#${link.fragment}`,
        ).toBe(1);
      }
    }
  });

  // In a screen reader's list of links, two with the same words must lead to the same
  // place: the report's page here and its original were once both named by its title.
  test('no two links with the same words lead to different places', async () => {
    for (const { id } of recommendations) {
      const $ = await page(recommendationPath(id));
      const targets = new Map<string, Set<string>>();
      for (const anchor of $('main a[href]').toArray()) {
        const name = normaliseSpace($(anchor).attr('aria-label') ?? $(anchor).text());
        targets.set(name, (targets.get(name) ?? new Set()).add($(anchor).attr('href') ?? ''));
      }
      for (const [name, hrefs] of targets) expect(hrefs.size, `${id}: “${name}”`).toBe(1);
    }
  });

  test('every paragraph a recommendation page quotes is marked there as addressing it', async () => {
    for (const { id } of recommendations) {
      // The link each quote opens with; the quotes' own links are to the glossary.
      const quoted = links(
        await page(recommendationPath(id)),
        '.marked-paragraphs > li > p:first-child',
      );
      for (const link of quoted) {
        const isMarked = marked.some(
          (mark) =>
            mark.path === link.path &&
            mark.paragraph === link.fragment &&
            mark.target === recommendationPath(id),
        );
        expect(isMarked, `${id} quotes ${link.path}#${link.fragment}`).toBe(true);
      }
    }
  });

  test('every marked paragraph links back to a recommendation page that links to it', async () => {
    expect(marked.length).toBeGreaterThan(0);
    for (const { path, paragraph, target } of marked) {
      const back = links(await page(target), '.marked-paragraphs');
      expect(
        back.some((link) => link.path === path && link.fragment === paragraph),
        `${target} should link to ${path}#${paragraph}`,
      ).toBe(true);
    }
  });

  test('each page shows the latest claim and the verified status side by side, and the history', async () => {
    for (const { id } of recommendations) {
      const $ = await page(recommendationPath(id));
      expect(normaliseSpace($('.status-pair #claimed').text())).toBe('Claimed');
      expect(normaliseSpace($('.status-pair #verified').text())).toBe(
        'Verified by the inspectorate',
      );
      expect($('#history').length).toBe(1);
    }
  });

  test('a summary says it is not the official wording, and every page links to the official report', async () => {
    for (const { id, wording, source } of recommendations) {
      const $ = await page(recommendationPath(id));
      const note = $('.verbatim-note');
      if (wording === 'summary')
        expect(normaliseSpace(note.text())).toContain('our summary, not the official wording');
      expect(
        note
          .find('a')
          .toArray()
          .map((a) => $(a).attr('href')),
      ).toContain(source);
    }
  });

  test('a commitment’s quoted words are said to be the response’s, which answers the report', async () => {
    const commitments = recommendations.filter((rec) => rec.kind === 'commitment');
    expect(commitments.length).toBeGreaterThan(0);
    for (const { id } of commitments) {
      const note = normaliseSpace((await page(recommendationPath(id)))('.verbatim-note').text());
      expect(note, id).toMatch(/^These are the original’s own words, from Response of /);
      expect(note, id).toMatch(
        /It answers National child protection inspection post-inspection review: Wiltshire Police on the inspectorate’s website\.$/,
      );
      expect(note, id).not.toContain('The official report is');
    }
  });

  test('a marked paragraph shows the recommendation’s title, not its id', async () => {
    const $ = await page('/responses/pcc-response-ncpi-post-inspection-review-2023/');
    expect(
      normaliseSpace($('[data-recommendation-link="ncpi-wiltshire-2023-missing-children"]').text()),
    ).toBe('Missing children');
  });
});

describe('claimed and verified in the table', () => {
  test('a claim by the force and a finding by the inspectorate appear in their own columns', async () => {
    const $ = await page('/recommendations/');
    const row = $('table tbody tr')
      .toArray()
      .find((tr) =>
        $(tr).find('th a').attr('href')?.endsWith('/ncpi-wiltshire-2022-investigator-capacity/'),
      );
    const cells = $(row)
      .find('td')
      .toArray()
      .map((td) => normaliseSpace($(td).text()));
    // ACC Deb Smith's words, in the force's statement.
    expect(cells[2]).toBe('In progress – Deb Smith (Wiltshire Police), 15 September 2023');
    expect(cells[3]).toBe('Improving – HMICFRS, 2023');
  });

  // The PCC's claims are his, in an MP's statement (2022) and in his own response (2023):
  // each names him with the office he spoke for, so they read as one source.
  test('a claim made by a person names the organisation they spoke for then', async () => {
    const $ = await page('/recommendations/');
    const claims = $('table tbody td[data-label="Claimed"]')
      .toArray()
      .map((td) => normaliseSpace($(td).text()));
    expect(claims).toContain('In progress – Philip Wilkinson (OPCC), 5 August 2022');
    expect(claims).toContain('Accepted – Philip Wilkinson (OPCC), 2023');
    expect(claims.filter((claim) => claim.includes('Philip Wilkinson,'))).toEqual([]);
  });
});

describe('a report’s page', () => {
  test('lists the commitments made in answer to it apart from its own recommendations', async () => {
    const report = 'ncpi-wiltshire-post-inspection-review-2023';
    const $ = await page(`/reports/${report}/`);
    const ofReport = recommendations.filter((rec) => rec.report === report);
    const commitments = ofReport.filter((rec) => rec.kind === 'commitment');
    expect(commitments.length).toBeGreaterThan(0);
    const listed = (list: ReturnType<CheerioAPI>) =>
      list
        .find('a')
        .toArray()
        .map((a) => String($(a).attr('href')).replace(/^.*\/recommendations\/([^/]+)\/$/, '$1'))
        .sort();
    expect(listed($('#recommendations').nextAll('.recommendation-list').first())).toEqual(
      ofReport.filter((rec) => rec.kind !== 'commitment').map((rec) => rec.id),
    );
    expect(listed($('#commitments').nextAll('.recommendation-list').first())).toEqual(
      commitments.map((rec) => rec.id),
    );
  });

  test('labels its marked paragraphs as related to what it tracks, where an answer addresses them, naming what the items are', async () => {
    const labels = async (path: string) => {
      const $ = await page(path);
      return $('.addresses-note')
        .toArray()
        .map((note) => normaliseSpace($(note).text()).replace(/:.*$/, ''));
    };
    // The 2022 report's tracked items are the topics of its recommendations, whose own
    // wording is not on the site; what it found about missing children is also what the
    // 2023 review named as an area still needing focus.
    const report = await labels('/reports/ncpi-wiltshire-2022/');
    expect(report.length).toBeGreaterThan(0);
    expect(new Set(report)).toEqual(
      new Set(['Related recommendation topics', 'Related area still needing focus']),
    );
    const answer = await labels('/statements/danny-kruger-ncpi-2022/');
    expect(answer.length).toBeGreaterThan(0);
    for (const label of answer) expect(label).toMatch(/^Addresses recommendation topics?$/);
    // The 2023 review named areas still needing focus, not recommendations.
    const force = await labels('/statements/improvements-wiltshire-police-protects-children-2023/');
    expect(force).toContain('Addresses areas still needing focus');
    for (const label of force) expect(label).not.toMatch(/^Addresses recommendations?$/);
    // The PCC's response makes its commitments in its own paragraphs.
    const response = await page('/responses/pcc-response-ncpi-post-inspection-review-2023/');
    expect(normaliseSpace(response('#p7').parent().find('.addresses-note').text())).toBe(
      'Makes commitment: Progress on the remaining recommendations',
    );
  });
});

describe('organisation pages', () => {
  test('list every recommendation addressed to the organisation', async () => {
    const expected = recommendations.filter((rec) => rec.addressedTo.includes('wiltshire-police'));
    const listed = links(
      await page('/organisations/wiltshire-police/'),
      '.recommendation-list',
    ).map((link) => link.path);
    expect(listed.sort()).toEqual(expected.map(({ id }) => recommendationPath(id)));
  });

  // The PCC's commitments are its own promises to monitor the force, and the topics and areas
  // for focus are what reports said of it: about the force, not asks of it in our sources.
  test('say what kinds of item are about it', async () => {
    const $ = await page('/organisations/wiltshire-police/');
    expect(recommendations.some((rec) => rec.kind === 'commitment')).toBe(true);
    expect(normaliseSpace($('#recommendations').text())).toBe(
      'Areas still needing focus, recommendation topics and commitments about Wiltshire Police',
    );
  });
});

describe('statutory deadlines', () => {
  test('a report known to the day shows its deadlines', async () => {
    const text = normaliseSpace(
      (await page('/reports/ncpi-wiltshire-2022/'))('#deadlines').parent().text(),
    );
    expect(text).toContain(
      'Due by 29 September 2022. The report was published on 5 August 2022, and the deadline is the last of the 56 days beginning with the day the report was published.',
    );
    expect(text).toContain(
      'Due by 16 September 2022. The report was published on 5 August 2022, and the deadline is six weeks after the report was published, counted from that day.',
    );
  });

  test('a deadline no document is recorded as meeting names the report’s other responses', async () => {
    const $ = await page('/reports/ncpi-wiltshire-2022/');
    const comments = normaliseSpace(
      $('#deadline-pcc-comments-ncpi-wiltshire-2022').parent().text(),
    );
    expect(comments).toContain(
      'No document on this site is recorded as meeting this deadline. That does not mean it was missed: it may have been met by a document this site does not hold.',
    );
    expect(comments).toContain(
      'These respond to the report, but none is recorded as the comments the Police and Crime Commissioner published under this duty, which is what meets this deadline:',
    );
    expect(comments).toContain(
      "Danny Kruger MP on the National Child Protection Inspection report, with the PCC's response, statement, published 5 August 2022",
    );
    const planSection = $('#deadline-force-action-plan-ncpi-wiltshire-2022').parent();
    const plan = normaliseSpace(planSection.text());
    // Our notes give the six weeks, from the report, but not the day they start: the page
    // says that counting from publication is this site's reading, and links to the report.
    expect(plan).toContain(
      'Due by 16 September 2022. The report was published on 5 August 2022, and the deadline is six weeks after the report was published, counted from that day.',
    );
    expect(plan).toContain(
      'Why: After a national child protection inspection, the force has six weeks to send HMICFRS an action plan. The sources this site holds do not say from which day the six weeks run, so they are counted here from the day the report was published.',
    );
    expect(planSection.find('.note a[rel="external"]').attr('href')).toBe(
      'https://hmicfrs.justiceinspectorates.gov.uk/publication-html/wiltshire-national-child-protection-inspection/',
    );
    expect(plan).toContain(
      'No document on this site is recorded as meeting this deadline. That does not mean it was missed: it may have been met by a document this site does not hold.',
    );
    // An MP's statement is a lead to the PCC's comments, never to the force's action plan.
    expect(plan).not.toContain('Danny Kruger');
    expect(plan).not.toContain('respond to the report');
    const peel = normaliseSpace(
      (await page('/reports/peel-wiltshire-2021-22/'))('.deadlines').text(),
    );
    expect(peel).toContain('Due by 31 August 2022.');
    expect(peel).not.toMatch(/related documents|respond to the report/);
  });

  test('a report dated only to the year narrows its deadline by its visit and publishedBy', async () => {
    const $ = await page('/reports/ncpi-wiltshire-post-inspection-review-2023/');
    expect(normaliseSpace($('.deadlines').text())).toContain(
      'The report’s publication date is known only as 2023, no earlier than the inspection visit in April 2023 and no later than 15 September 2023, so the exact due date cannot be given: it falls between 26 May 2023 and 9 November 2023.',
    );
  });

  test('a response whose dates are known only to the year says it cannot tell', async () => {
    const $ = await page('/responses/pcc-response-ncpi-post-inspection-review-2023/');
    expect(normaliseSpace($('.deadlines').text())).toContain(
      'This document, published 2023: Cannot tell whether it was on time: the dates are not known precisely enough.',
    );
  });
});

describe('timeline and navigation', () => {
  test('the timeline groups events by year, newest first, and includes deadlines', async () => {
    const $ = await page('/timeline/');
    const years = $('main h2')
      .toArray()
      .map((heading) => Number(normaliseSpace($(heading).text())));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toContain(2022);
    const text = normaliseSpace($('main').text());
    expect(text).toContain('29 September 2022 · Deadline');
    expect(text).toContain('March 2022 · Inspection');
    // It lists the documents' own dates and deadlines, not every date a page gives, and
    // says where the others are rather than claiming to hold them all.
    expect(text).not.toContain('Every dated event');
    expect(text).toContain('Other dates are on the pages that give them');
  });

  test('the main navigation reaches the recommendations and the timeline', async () => {
    for (const path of ['/', '/recommendations/', ...documentPaths]) {
      const targets = links(await page(path), 'nav[aria-label="Main"]').map((link) => link.path);
      expect(targets).toEqual(expect.arrayContaining(['/recommendations/', '/timeline/']));
    }
  });
});
