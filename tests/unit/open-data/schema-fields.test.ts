import { describe, expect, test } from 'vitest';
import { describeFields, type SchemaNode } from '../../../src/lib/open-data/schema-fields';
import documentsSchema from '../../../src/lib/open-data/schemas/documents.schema.json';

const tiny: SchemaNode = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      description: 'The items.',
      items: { $ref: '#/$defs/item' },
    },
  },
  $defs: {
    item: {
      type: 'object',
      properties: {
        when: { $ref: '#/$defs/date', description: 'When it happened.' },
        maybe: {
          oneOf: [{ $ref: '#/$defs/date' }, { type: 'null' }],
          description: 'Perhaps a date.',
        },
        name: { type: ['string', 'null'], description: 'A name, or null.' },
      },
    },
    date: {
      type: 'object',
      description: 'A date.',
      properties: { date: { type: 'string', description: 'As written.' } },
    },
  },
};

describe('describeFields', () => {
  test('lists nested fields with paths, following references, with the nearest description', () => {
    expect(describeFields(tiny)).toEqual([
      { path: 'items', kind: 'list of object', description: 'The items.' },
      { path: 'items[].when', kind: 'object', description: 'When it happened.' },
      { path: 'items[].when.date', kind: 'text', description: 'As written.' },
      { path: 'items[].maybe', kind: 'object or null', description: 'Perhaps a date.' },
      { path: 'items[].maybe.date', kind: 'text', description: 'As written.' },
      { path: 'items[].name', kind: 'text or null', description: 'A name, or null.' },
    ]);
  });

  test('every field of documents.json is described, so the /data/ page explains it', () => {
    const fields = describeFields(documentsSchema as SchemaNode);
    expect(fields.filter((field) => field.description.trim() === '')).toEqual([]);
    expect(fields.map((field) => field.path)).toEqual(
      expect.arrayContaining([
        'documents[].published.precision',
        'documents[].addresses[].url',
        'licence.url',
      ]),
    );
  });
});
