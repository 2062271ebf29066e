/**
 * Where a document's link goes. When the original's own address is not recorded, the
 * link goes to the nearest page that is, and the page must not pass that page off as the
 * original: not in its label, not in the summary's note, not in a citation.
 */
import { describe, expect, test } from 'vitest';
import { normaliseSpace, readDist, readPage } from '../support/built-site';

const LATER_PEEL = 'https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/wiltshire-2023-25/';

/** The label and link text of the page's "Original" or "Source" row. */
async function sourceRow(path: string) {
  const $ = await readPage(path);
  const label = $('dl.metadata dt')
    .filter((_, dt) => ['Original', 'Source'].includes($(dt).text().trim()))
    .first();
  return { $, label: label.text().trim(), link: normaliseSpace(label.next('dd').find('a').text()) };
}

describe('a document whose own address is not recorded', () => {
  test('the PEEL 2021/22 summary links the later assessment as its source, not as the original', async () => {
    const { $, label, link } = await sourceRow('/reports/peel-wiltshire-2021-22/');
    expect(label).toBe('Source');
    expect(link).toContain('2023–25');
    expect(normaliseSpace($('.verbatim-note').text())).toContain('its own address is not recorded');
    expect($('.verbatim-note a[href]').length).toBe(0);
  });

  test('its citations name the report and its date, and give no address rather than a wrong one', async () => {
    const { $ } = await sourceRow('/reports/peel-wiltshire-2021-22/');
    const plain = normaliseSpace($('#citation-plain').text());
    const harvard = normaliseSpace($('#citation-harvard').text());
    expect(plain).toContain('“PEEL 2021/22: Wiltshire Police”, 7 July 2022.');
    for (const citation of [plain, harvard]) {
      expect(citation).not.toContain(LATER_PEEL);
      expect(citation).not.toMatch(/accessed/i);
    }
    expect($('.cite-this [data-accessed-date]').length).toBe(0);
  });

  test('the PCC’s response calls its link the report it answers, not the original', async () => {
    const { label, link } = await sourceRow(
      '/responses/pcc-response-ncpi-post-inspection-review-2023/',
    );
    expect(label).toBe('Source');
    expect(link).toBe('The review it answers, on the HMICFRS website');
  });
});

describe('a document whose original is linked', () => {
  test('calls it the original, and a summary’s citations give its address', async () => {
    const { $, label } = await sourceRow('/reports/ncpi-wiltshire-2022/');
    expect(label).toBe('Original');
    expect(normaliseSpace($('#citation-plain').text())).toMatch(
      /https:\/\/hmicfrs\.justiceinspectorates\.gov\.uk\/publication-html\/wiltshire-national-child-protection-inspection\/ \(accessed/,
    );
  });
});

describe('a report whose inspection was led by a named HM Inspector', () => {
  // The sources name Wendy Williams as leading the 2022 inspection, not as the report's
  // author: citing her as its author would put words on record as hers.
  test('names her as leading it, links her page, and cites the inspectorate as its author', async () => {
    const $ = await readPage('/reports/ncpi-wiltshire-2022/');
    const led = $('dl.metadata dt').filter((_, dt) => $(dt).text().trim() === 'Inspection led by');
    expect(normaliseSpace(led.next('dd').text())).toMatch(
      /^Wendy Williams, then HM Inspector of Constabulary/,
    );
    expect(led.next('dd').find('a').attr('href')).toBe('/people/wendy-williams/');
    expect(
      $('dl.metadata dt').filter((_, dt) => /^Authors?$/.test($(dt).text().trim())).length,
    ).toBe(0);
    const harvard = normaliseSpace($('#citation-harvard').text());
    expect(harvard).toMatch(
      /^His Majesty's Inspectorate of Constabulary and Fire & Rescue Services \(2022\)/,
    );
    expect(normaliseSpace($('#citation-plain').text())).not.toContain('Williams');
    const person = await readPage('/people/wendy-williams/');
    expect(person('main .document-list a').attr('href')).toBe('/reports/ncpi-wiltshire-2022/');
  });
});

describe('a document whose title is ours', () => {
  test('is cited with the title in square brackets, and the page says why', async () => {
    const $ = await readPage('/statements/danny-kruger-ncpi-2022/');
    const plain = normaliseSpace($('#citation-plain').text());
    expect(plain).toContain(
      "Danny Kruger, [Danny Kruger MP on the National Child Protection Inspection report, with the PCC's response], 5 August 2022.",
    );
    expect(plain).not.toContain('“');
    expect(normaliseSpace($('.cite-this').text())).toContain(
      'The original has no title of its own on record, so the title in square brackets is ours.',
    );
  });

  test('a document with its own title is cited with it in quotation marks', async () => {
    const $ = await readPage('/statements/improvements-wiltshire-police-protects-children-2023/');
    expect(normaliseSpace($('#citation-plain').text())).toContain(
      '“Improvements made to the way Wiltshire Police protects children”',
    );
    expect($('.cite-this').text()).not.toContain('square brackets');
  });
});

describe('a document whose title is ours', () => {
  const { documents } = JSON.parse(readDist('data/documents.json')) as {
    documents: { title: string; titleSupplied: boolean; url: string }[];
  };

  test('there are some on the site, so the checks below check something', () => {
    expect(documents.filter((doc) => doc.titleSupplied).length).toBeGreaterThan(0);
  });

  test.each(documents.map((doc) => [doc.title, doc] as const))(
    '%s says under its heading whether the title is ours',
    async (_, doc) => {
      const $ = await readPage(new URL(doc.url).pathname);
      const note = $('h1').next('.title-note');
      expect(note.length).toBe(doc.titleSupplied ? 1 : 0);
      if (doc.titleSupplied) expect(normaliseSpace(note.text())).toMatch(/^This title is ours/);
    },
  );
});

describe('a copy of a document’s words', () => {
  test('is cited at the original’s address, then as a copy at this site’s', async () => {
    const $ = await readPage('/statements/danny-kruger-ncpi-2022/');
    const canonical = $('link[rel="canonical"]').attr('href')!;
    for (const id of ['#citation-plain', '#citation-harvard']) {
      const citation = normaliseSpace($(id).text());
      expect(citation).toContain('https://www.dannykruger.org.uk/node/1061');
      expect(citation).toMatch(new RegExp(`[Cc]opy at:? ${canonical.replace(/[.?]/g, '\\$&')}`));
      expect(citation.indexOf('dannykruger')).toBeLessThan(citation.indexOf(canonical));
    }
  });
});
