/** The built open-data files: valid against their schemas, complete, and described on /data/. */
import { describe, expect, test } from 'vitest';
import { describeFields, type SchemaNode } from '../../src/lib/open-data/schema-fields';
import { schemaErrors } from '../support/json-schema';
import { documentPageDirs, pageUrl, readDist } from '../support/dist-files';

const documentsJson = JSON.parse(readDist('data/documents.json')) as { $schema: string; documents: { url: string }[] };
const documentsSchema = JSON.parse(readDist('data/documents.schema.json')) as SchemaNode & { $id: string };

describe('/data/documents.json', () => {
  test('validates against the schema served beside it', () => {
    expect(documentsJson.$schema).toBe(pageUrl('data/documents.schema.json'));
    expect(documentsSchema.$id).toBe(documentsJson.$schema);
    expect(schemaErrors(documentsSchema, documentsJson)).toEqual([]);
  });

  test('has one record per document page on the site, and the same number as the site feed', () => {
    expect(documentsJson.documents.map((doc) => doc.url).sort()).toEqual(documentPageDirs().map(pageUrl).sort());
    const feedItems = readDist('feed.xml').match(/<item>/g) ?? [];
    expect(feedItems.length).toBe(documentsJson.documents.length);
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

  test('links to each file and names the licence', () => {
    expect(page).toMatch(/href="[^"]*data\/documents\.json"/);
    expect(page).toMatch(/href="[^"]*data\/documents\.schema\.json"/);
    expect(page).toContain('Open Government Licence v3.0');
  });
});
