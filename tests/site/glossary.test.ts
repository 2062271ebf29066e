/** The glossary page, and acronyms marked in the published documents. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as cheerio from 'cheerio';
import { distHas, readPageHtml, sitePathBase } from '../support/built-site';
import { REPO_ROOT } from '../support/paths';

const terms = parse(readFileSync(join(REPO_ROOT, 'content/glossary.yaml'), 'utf8')) as {
  id: string;
  term: string;
  expansion: string;
}[];

describe('the glossary', () => {
  it('gives every term its own anchor with its expansion', () => {
    const html = readPageHtml('/glossary/');
    for (const { id, expansion } of terms) {
      expect(html).toMatch(new RegExp(`<dt id="${id}">`));
      expect(html).toContain(expansion.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    }
  });

  // THRIVE's expansion is from our notes; the response it cites ends it with "Evaluation".
  it('says beside an expansion how its source spells the term, there and in search', () => {
    const $ = cheerio.load(readPageHtml('/glossary/'));
    const entry = $('dt#thrive').next('dd');
    expect(entry.find('.glossary__expansion').text()).toBe(
      'Threat, Harm, Risk, Investigation, Vulnerability, Engagement',
    );
    expect(entry.find('.glossary__expansion + .note').text()).toMatch(
      /^The PCC's 2023 response, the source below, spells it out with "Evaluation" as the last word; "Engagement" is from this site's research notes/,
    );
    const about = JSON.parse(readPageHtml('/search/about/t.json')) as unknown;
    expect(JSON.stringify(about)).toContain('Engagement; the PCC');
  });

  // People type an acronym's link the way the acronym is written, and fragments are
  // case-sensitive: /glossary/#MASH must land on MASH without a script.
  it('lets every acronym’s anchor be typed in its capitals', () => {
    const $ = cheerio.load(readPageHtml('/glossary/'));
    const acronyms = terms.filter(({ term }) => /^[A-Z]{2,}$/.test(term));
    expect(acronyms.length).toBeGreaterThan(10);
    for (const { id, term } of acronyms) {
      const alias = $(`[id="${term}"]`);
      expect(alias.length, term).toBe(1);
      expect(alias.closest('dt').attr('id'), term).toBe(id);
    }
  });

  // Terms from the PCC's 2023 response once cited the inspectorate's review, which is not
  // where they come from; the response's own address is not recorded, so they name its page.
  it('names each term’s source: a web address, or the document on this site that spells it out', () => {
    const $ = cheerio.load(readPageHtml('/glossary/'));
    const sources = new Map(
      $('dl.glossary > dt')
        .toArray()
        .map(
          (dt) => [$(dt).attr('id'), $(dt).next('dd').find('.note a').attr('href') ?? ''] as const,
        ),
    );
    expect(sources.size).toBe(terms.length);
    for (const [id, href] of sources) {
      if (href.startsWith('https://')) continue;
      expect(href.startsWith(sitePathBase()), `${id}: ${href}`).toBe(true);
      expect(distHas(`${href.slice(sitePathBase().length)}index.html`), `${id}: ${href}`).toBe(
        true,
      );
    }
    const response = `${sitePathBase()}responses/pcc-response-ncpi-post-inspection-review-2023/`;
    for (const id of ['aware', 'ccc', 'cse', 'mosovo', 'opcc', 'sentinel', 'thrive'])
      expect(sources.get(id), id).toBe(response);
  });
});

describe('acronyms in a published document', () => {
  const html = readPageHtml('/responses/pcc-response-ncpi-post-inspection-review-2023/');

  it('are marked with their expansion', () => {
    expect(html).toContain('<abbr title="Multi-Agency Safeguarding Hub">MASH</abbr>');
    expect(html).toContain('<abbr title="Office of the Police and Crime Commissioner">OPCC</abbr>');
  });

  it('link to the glossary at their first use only', () => {
    const links = [...html.matchAll(/<a href="\/glossary\/#([a-z]+)" class="glossary-term">/g)].map(
      (match) => match[1],
    );
    expect(links).toContain('mash');
    expect(new Set(links).size).toBe(links.length);
    const ncpiUses = html.match(/>NCPI<\/abbr>/g)?.length ?? 0;
    expect(ncpiUses).toBeGreaterThan(1);
    expect(links.filter((id) => id === 'ncpi')).toHaveLength(1);
  });
});

// A summary in a list is often a resident's first sight of an acronym, before any body.
describe('acronyms in the summaries of a list of documents', () => {
  it('are marked with their expansion, the first linked to the glossary', () => {
    const $ = cheerio.load(readPageHtml('/'));
    const summaries = $('.document-list > li > p:not(.caption)');
    const marked = summaries
      .find('abbr')
      .toArray()
      .map((abbr) => [$(abbr).text(), $(abbr).attr('title')]);
    const hmicfrs = terms.find((term) => term.id === 'hmicfrs')!;
    expect(marked).toContainEqual([hmicfrs.term, hmicfrs.expansion]);
    const linked = summaries
      .find('a.glossary-term')
      .toArray()
      .map((link) => $(link).attr('href'));
    expect(linked).toContain(`${sitePathBase()}glossary/#hmicfrs`);
    expect(new Set(linked).size).toBe(linked.length);
  });
});

// The related documents' summaries under a body linked HMICFRS again, twice.
describe('acronyms on a document page, body and related documents together', () => {
  it('link to each glossary entry once', () => {
    for (const path of ['/reports/ncpi-wiltshire-2022/', '/statements/danny-kruger-ncpi-2022/']) {
      const $ = cheerio.load(readPageHtml(path));
      const linked = $('main a.glossary-term')
        .toArray()
        .map((link) => $(link).attr('href'));
      expect(linked.length, path).toBeGreaterThan(0);
      expect(
        linked.filter((href, index) => linked.indexOf(href) !== index),
        path,
      ).toEqual([]);
    }
  });
});
