/**
 * The recommendation tracker on the built site: from every recommendation page a
 * reader reaches, in one click, every paragraph that speaks to it; every marked
 * paragraph links back; deadlines and the timeline are there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  byId,
  elements,
  hasClass,
  internalLinks,
  page,
  pageExists,
  textOf,
} from '../support/built-pages';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const recommendationIds = readdirSync(join(contentDir, 'recommendations'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();
const recommendationData = (id: string) =>
  parse(readFileSync(join(contentDir, 'recommendations', `${id}.yaml`), 'utf8')) as {
    addressedTo: string[];
    wording: string;
    source: string;
  };

const documentPaths = ['reports', 'statements', 'responses'].flatMap((folder) =>
  readdirSync(join(contentDir, folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `/${folder}/${name.replace(/\.mdx$/, '')}/`),
);

/** Every `<Addresses>` block on the document pages: [document path, paragraph id, recommendation id]. */
const marked = documentPaths.flatMap((path) =>
  elements(page(path), (element) => hasClass(element, 'addresses')).flatMap((wrapper) => {
    const paragraphs = wrapper.children
      .filter((child) => child.type === 'element' && typeof child.properties.id === 'string')
      .map((child) => String((child as { properties: { id: string } }).properties.id));
    const note = elements(wrapper, (element) => hasClass(element, 'addresses-note'))[0];
    const targets = note ? internalLinks(note).map((link) => link.path) : [];
    return paragraphs.flatMap((paragraph) =>
      targets.map((target) => ({ path, paragraph, target })),
    );
  }),
);

describe('recommendation pages', () => {
  test('there is one page per recommendation, and the table lists each once', () => {
    expect(recommendationIds.length).toBeGreaterThan(0);
    for (const id of recommendationIds)
      expect(pageExists(`/recommendations/${id}/`), id).toBe(true);
    const rows = elements(page('/recommendations/'), (element) => element.tagName === 'tr').slice(
      1,
    );
    expect(rows).toHaveLength(recommendationIds.length);
    const linked = rows.map((row) => internalLinks(row)[0]?.path);
    expect(linked.sort()).toEqual(recommendationIds.map((id) => `/recommendations/${id}/`));
  });

  test('every link on a recommendation page goes to a page and an anchor that exist', () => {
    for (const id of recommendationIds) {
      for (const link of internalLinks(page(`/recommendations/${id}/`))) {
        expect(pageExists(link.path), `${id} links to ${link.path}`).toBe(true);
        if (link.fragment) {
          expect(
            byId(page(link.path), link.fragment),
            `${id} links to ${link.path}#${link.fragment}`,
          ).toBeDefined();
        }
      }
    }
  });

  test('every paragraph a recommendation page quotes is marked there as addressing it', () => {
    for (const id of recommendationIds) {
      const quoted = elements(page(`/recommendations/${id}/`), (element) =>
        hasClass(element, 'marked-paragraphs'),
      )
        .flatMap((list) => internalLinks(list))
        .filter((link) => link.fragment);
      for (const link of quoted) {
        expect(
          marked.some(
            (mark) =>
              mark.path === link.path &&
              mark.paragraph === link.fragment &&
              mark.target === `/recommendations/${id}/`,
          ),
          `${id} quotes ${link.path}#${link.fragment}`,
        ).toBe(true);
      }
    }
  });

  test('every marked paragraph links back to a recommendation page that links to it', () => {
    expect(marked.length).toBeGreaterThan(0);
    for (const { path, paragraph, target } of marked) {
      const links = internalLinks(page(target));
      expect(
        links.some((link) => link.path === path && link.fragment === paragraph),
        `${target} should link to ${path}#${paragraph}`,
      ).toBe(true);
    }
  });

  test('each page shows the latest claim and the verified status side by side', () => {
    for (const id of recommendationIds) {
      const tree = page(`/recommendations/${id}/`);
      expect(textOf(byId(tree, 'claimed')!)).toBe('Claimed');
      expect(textOf(byId(tree, 'verified')!)).toBe('Verified by the inspectorate');
      expect(byId(tree, 'history')).toBeDefined();
    }
  });

  test('a summary says it is not the official wording and links to the official report', () => {
    for (const id of recommendationIds) {
      const data = recommendationData(id);
      const note = elements(page(`/recommendations/${id}/`), (element) =>
        hasClass(element, 'verbatim-note'),
      )[0];
      expect(note, id).toBeDefined();
      if (data.wording === 'summary')
        expect(textOf(note!)).toContain('our summary, not the official wording');
      const hrefs = elements(note!, (element) => element.tagName === 'a').map(
        (a) => a.properties.href,
      );
      expect(hrefs).toContain(data.source);
    }
  });

  test('a marked paragraph shows the recommendation’s title, not its id', () => {
    const link = elements(
      page('/responses/pcc-response-ncpi-post-inspection-review-2023/'),
      (element) =>
        element.properties.dataRecommendationLink === 'ncpi-wiltshire-2023-missing-children',
    )[0];
    expect(textOf(link!)).toBe('Missing children');
  });
});

describe('claimed and verified in the table', () => {
  test('a claim by the force and a finding by the inspectorate appear in their own columns', () => {
    const row = elements(page('/recommendations/'), (element) => element.tagName === 'tr').find(
      (tr) =>
        internalLinks(tr).some(
          (link) => link.path === '/recommendations/ncpi-wiltshire-2022-investigator-capacity/',
        ),
    );
    const cells = elements(row!, (element) => element.tagName === 'td').map(textOf);
    expect(cells[2]).toMatch(/^Improving – Wiltshire Police, 15 September 2023/);
    expect(cells[3]).toMatch(/^Improving – HMICFRS, 2023/);
  });
});

describe('organisation pages', () => {
  test('list every recommendation addressed to the organisation', () => {
    const expected = recommendationIds.filter((id) =>
      recommendationData(id).addressedTo.includes('wiltshire-police'),
    );
    const list = elements(page('/organisations/wiltshire-police/'), (element) =>
      hasClass(element, 'recommendation-list'),
    )[0];
    const listed = internalLinks(list!)
      .map((link) => link.path)
      .filter((path) => path.startsWith('/recommendations/'));
    expect(listed.sort()).toEqual(expected.map((id) => `/recommendations/${id}/`));
  });
});

describe('statutory deadlines', () => {
  test('a report known to the day shows its deadlines', () => {
    const section = elements(page('/reports/ncpi-wiltshire-2022/'), (element) =>
      hasClass(element, 'deadlines'),
    )[0];
    const text = textOf(section!);
    expect(text).toContain(
      'Due by 30 September 2022: 56 days after the report was published on 5 August 2022.',
    );
    expect(text).toContain(
      'Due by 16 September 2022: six weeks after the report was published on 5 August 2022.',
    );
  });

  test('a response whose dates are known only to the year says it cannot tell', () => {
    const section = elements(
      page('/responses/pcc-response-ncpi-post-inspection-review-2023/'),
      (element) => hasClass(element, 'deadlines'),
    )[0];
    expect(textOf(section!)).toContain(
      'Cannot tell whether it was on time: the dates are not known precisely enough.',
    );
  });
});

describe('timeline and navigation', () => {
  test('the timeline groups events by year, newest first, and includes deadlines', () => {
    const tree = page('/timeline/');
    const years = elements(tree, (element) => element.tagName === 'h2').map((heading) =>
      Number(textOf(heading)),
    );
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toContain(2022);
    expect(textOf(tree)).toContain('30 September 2022 · Deadline');
    expect(textOf(tree)).toContain('March 2022 · Inspection');
  });

  test('every page’s main navigation reaches the recommendations and the timeline', () => {
    for (const path of ['/', '/recommendations/', ...documentPaths]) {
      const nav = elements(page(path), (element) => element.tagName === 'nav')[0];
      const targets = internalLinks(nav!).map((link) => link.path);
      expect(targets).toEqual(expect.arrayContaining(['/recommendations/', '/timeline/']));
    }
  });
});
