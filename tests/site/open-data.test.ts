/** The built open-data files: valid against their schemas, complete, and described on /data/. */
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentRoot } from '../../src/lib/content/content-root';
import type { RecommendationsFile } from '../../src/lib/open-data/recommendations-data';
import { csvMatchesRecords } from '../support/recommendations-csv-check';
import { describeFields, type SchemaNode } from '../../src/lib/open-data/schema-fields';
import { schemaErrors } from '../support/json-schema';
import { REPO_ROOT } from '../support/paths';
import {
  documentPageDirs,
  normaliseSpace,
  pageUrl,
  readDist,
  readPageAtUrl,
} from '../support/built-site';

const documentsJson = JSON.parse(readDist('data/documents.json')) as {
  $schema: string;
  themes: { id: string; label: string }[];
  documents: { url: string; organisations: string[]; themes: string[] }[];
};

/** content/themes.yaml, as authors wrote it: the names the data must give. */
const themesYaml = parseYaml(readFileSync(join(contentRoot(REPO_ROOT), 'themes.yaml'), 'utf8')) as {
  id: string;
  label: string;
}[];
const documentsSchema = JSON.parse(readDist('data/documents.schema.json')) as SchemaNode & {
  $id: string;
};

describe('/data/documents.json', () => {
  test('validates against the schema served beside it', () => {
    expect(documentsJson.$schema).toBe(pageUrl('data/documents.schema.json'));
    expect(documentsSchema.$id).toBe(documentsJson.$schema);
    expect(schemaErrors(documentsSchema, documentsJson)).toEqual([]);
  });

  test('has one record per document page on the site, and the same number as the site feed', () => {
    expect(documentsJson.documents.map((doc) => doc.url).sort()).toEqual(
      documentPageDirs().map(pageUrl).sort(),
    );
    const feedItems = readDist('feed.xml').match(/<item>/g) ?? [];
    expect(feedItems.length).toBe(documentsJson.documents.length);
  });

  test("names every theme of content/themes.yaml, so a record's theme ids can be read", () => {
    expect(documentsJson.themes).toEqual(themesYaml.map(({ id, label }) => ({ id, label })));
    const named = new Set(documentsJson.themes.map((theme) => theme.id));
    const used = documentsJson.documents.flatMap((doc) => doc.themes);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((id) => !named.has(id))).toEqual([]);
  });

  test('lists under each organisation the documents its page lists', () => {
    const organisations = new Set(documentsJson.documents.flatMap((doc) => doc.organisations));
    expect(organisations).toContain('opcc-wiltshire-swindon');
    for (const id of organisations) {
      const html = readDist(`organisations/${id}/index.html`);
      const page = pageUrl(`organisations/${id}/`);
      const listed = [...html.matchAll(/<h3><a href="([^"]+)"/g)].map(
        (match) => new URL(match[1] ?? '', page).href,
      );
      const inData = documentsJson.documents
        .filter((doc) => doc.organisations.includes(id))
        .map((doc) => doc.url);
      expect(inData.sort(), id).toEqual(listed.sort());
    }
  });
});

const recommendationsJson = JSON.parse(
  readDist('data/recommendations.json'),
) as RecommendationsFile;
const recommendationsSchema = JSON.parse(
  readDist('data/recommendations.schema.json'),
) as SchemaNode & { $id: string };

describe('/data/recommendations.json and .csv', () => {
  test('the JSON validates against the schema served beside it', () => {
    expect(recommendationsJson.$schema).toBe(recommendationsSchema.$id);
    expect(schemaErrors(recommendationsSchema, recommendationsJson)).toEqual([]);
  });

  test("names every theme, as documents.json does, so a record's theme ids can be read", () => {
    expect(recommendationsJson.themes).toEqual(documentsJson.themes);
    const named = new Set(recommendationsJson.themes.map((theme) => theme.id));
    const used = recommendationsJson.recommendations.flatMap((rec) => rec.themes);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((id) => !named.has(id))).toEqual([]);
  });

  test('every paragraph permalink and status permalink leads to a paragraph that exists', () => {
    expect(recommendationsJson.recommendations.length).toBeGreaterThan(0);
    for (const rec of recommendationsJson.recommendations) {
      for (const link of [
        ...rec.paragraphs.map((p) => p.permalink),
        ...rec.statusHistory.map((s) => s.permalink),
      ]) {
        const anchor = link.split('#')[1];
        const html = readPageAtUrl(link);
        if (anchor) expect(html, link).toContain(`id="${anchor}"`);
      }
    }
  });

  test('the CSV round-trips to the same records as the JSON', () => {
    const rows = parse(readDist('data/recommendations.csv'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(csvMatchesRecords(rows, recommendationsJson.recommendations)).toEqual([]);
  });
});

describe('/data/ page', () => {
  const page = readDist('data/index.html');

  test('describes every field of documents.json, in the words of its schema', () => {
    for (const field of describeFields(documentsSchema)) {
      expect(page).toContain(`<code>${field.path}</code>`);
    }
    expect(page).toContain('How precisely the date is known: day, month or year.');
  });

  test('describes every field of recommendations.json and every column of the CSV', () => {
    for (const field of describeFields(recommendationsSchema)) {
      expect(page).toContain(`<code>${field.path}</code>`);
    }
    const header = readDist('data/recommendations.csv').split('\r\n')[0]?.split(',') ?? [];
    expect(header.length).toBeGreaterThan(10);
    for (const column of header) expect(page).toContain(`<code>${column}</code>`);
  });

  test('links to each file and names the licence', () => {
    for (const file of [
      'data/documents.json',
      'data/documents.schema.json',
      'data/recommendations.json',
      'data/recommendations.schema.json',
      'data/recommendations.csv',
      'deadlines.ics',
    ]) {
      expect(page).toContain(`href="${new URL(pageUrl(file)).pathname}"`);
    }
    expect(page).toContain('Open Government Licence v3.0');
  });

  test('says the licence covers the site’s own data, not the documents it republishes', () => {
    const licence = normaliseSpace(cheerio.load(page)('#licence').nextUntil('h2').text());
    expect(licence).toContain(
      'It does not cover the documents themselves or the words quoted from them',
    );
    expect(licence).not.toContain('public sector information');
  });
});
