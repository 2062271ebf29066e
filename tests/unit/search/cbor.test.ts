// The build rewrites ids inside Pagefind's metadata (short-index-names.ts) through this
// decoder; a wrong offset would hand readers a metadata file their search cannot read.
import { describe, expect, it } from 'vitest';
import {
  decodeCbor,
  encodeCborText,
  replaceCborTexts,
  type CborText,
} from '../../../src/lib/search/cbor';

/** [ "1.6.0", [["en-gb_1a2b3c4", 300, ""]], 65536, -2, h'0102', true, {"a": null} ] */
const SAMPLE = Buffer.from(
  '87' +
    '65' +
    Buffer.from('1.6.0').toString('hex') +
    '81' +
    '83' +
    '6d' +
    Buffer.from('en-gb_1a2b3c4').toString('hex') +
    '19012c' +
    '60' +
    '1a00010000' +
    '21' +
    '420102' +
    'f5' +
    'a1' +
    '6161' +
    'f6',
  'hex',
);

/** SAMPLE decoded, with its version and page id as given. */
const sampleItems = (version: string, id: string) => [
  version,
  [[id, 300, '']],
  65536,
  -2,
  new Uint8Array([1, 2]),
  true,
  new Map([['a', null]]),
];

describe('decodeCbor', () => {
  it('reads the items Pagefind’s metadata is made of', () => {
    expect(decodeCbor(SAMPLE)).toEqual(sampleItems('1.6.0', 'en-gb_1a2b3c4'));
  });

  it('gives each text string the bytes it takes, head included', () => {
    const [version, [[id]]] = decodeCbor(SAMPLE, { textSpans: true }) as [CborText, [[CborText]]];
    expect(version).toEqual({ value: '1.6.0', start: 1, end: 7 });
    expect(id.value).toBe('en-gb_1a2b3c4');
    expect(SAMPLE.subarray(id.start, id.end)).toEqual(encodeCborText('en-gb_1a2b3c4'));
  });

  it('refuses what is not one whole item, naming where', () => {
    expect(() => decodeCbor(Buffer.concat([SAMPLE, Buffer.from([0])]))).toThrow(
      /more data after the item at byte 41/,
    );
    expect(() => decodeCbor(SAMPLE.subarray(0, 20))).toThrow(/cut short|end of the data/);
    expect(() => decodeCbor(Buffer.from('9f', 'hex'))).toThrow(/indefinite length/);
  });
});

describe('encodeCborText', () => {
  it('writes the length in as few bytes as CBOR allows', () => {
    for (const [length, head] of [
      [0, '60'],
      [23, '77'],
      [24, '7818'],
      [255, '78ff'],
      [256, '790100'],
      [65536, '7a00010000'],
    ] as const) {
      const encoded = encodeCborText('x'.repeat(length));
      expect(encoded.subarray(0, head.length / 2).toString('hex')).toBe(head);
      expect(decodeCbor(encoded)).toBe('x'.repeat(length));
    }
  });
});

describe('replaceCborTexts', () => {
  it('replaces the chosen texts, longer or shorter, and keeps every other item', () => {
    const [version, [[id, , group]]] = decodeCbor(SAMPLE, { textSpans: true }) as [
      CborText,
      [[CborText, number, CborText]],
    ];
    const replaced = replaceCborTexts(
      SAMPLE,
      new Map([
        [id, 'p-0'],
        [version, 'a version longer than twenty-three bytes'],
      ]),
    );
    expect(decodeCbor(replaced)).toEqual(
      sampleItems('a version longer than twenty-three bytes', 'p-0'),
    );
    expect(group.value).toBe('');
    expect(replaceCborTexts(SAMPLE, new Map())).toEqual(SAMPLE);
  });
});
