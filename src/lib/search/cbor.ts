/**
 * The little of CBOR (RFC 8949) that Pagefind's metadata file uses: integers, byte and
 * text strings, arrays, maps and simple values. Its text strings can be read with where
 * they lie, so that some can be replaced while every other byte is kept as Pagefind wrote
 * it (short-index-names.ts): a re-encoding could differ from what Pagefind's WebAssembly
 * expects in ways no test here would see.
 */

/** A text string as it lies in the bytes: from its head to the end of its text. */
export interface CborText {
  value: string;
  start: number;
  end: number;
}

interface DecodeOptions {
  /** Decode text strings as CborText (with where they lie) instead of as strings. */
  textSpans?: boolean;
}

/** Decodes one CBOR item that fills `bytes`; throws on anything else. */
export function decodeCbor(bytes: Uint8Array, options: DecodeOptions = {}): unknown {
  let offset = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (what: string): never => {
    throw new Error(`Not CBOR Pagefind writes: ${what} at byte ${offset}.`);
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    if (info > 27) return fail(`an indefinite length or reserved value (${info})`);
    const size = 2 ** (info - 24);
    if (offset + size > bytes.length) return fail('a number cut short');
    const at = offset;
    offset += size;
    if (size === 1) return view.getUint8(at);
    if (size === 2) return view.getUint16(at);
    if (size === 4) return view.getUint32(at);
    return Number(view.getBigUint64(at));
  };
  const item = (): unknown => {
    const start = offset;
    if (offset >= bytes.length) return fail('the end of the data');
    const initial = bytes[offset] as number;
    offset += 1;
    const major = initial >> 5;
    const info = initial & 31;
    switch (major) {
      case 0:
        return argument(info);
      case 1:
        return -1 - argument(info);
      case 2:
      case 3: {
        const size = argument(info);
        if (offset + size > bytes.length) fail('a string cut short');
        const slice = bytes.subarray(offset, offset + size);
        offset += size;
        if (major === 2) return new Uint8Array(slice);
        const value = new TextDecoder('utf-8', { fatal: true }).decode(slice);
        return options.textSpans ? ({ value, start, end: offset } satisfies CborText) : value;
      }
      case 4:
        return Array.from({ length: argument(info) }, item);
      case 5: {
        const entries: [unknown, unknown][] = [];
        for (let left = argument(info); left > 0; left -= 1) entries.push([item(), item()]);
        return new Map(entries);
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22 || info === 23) return null;
        return fail(`a simple value or float (${info})`);
      default:
        return fail(`a tagged item (${major})`);
    }
  };
  const value = item();
  if (offset !== bytes.length) fail('more data after the item');
  return value;
}

/** A text string encoded as CBOR: its head (type and length), then its UTF-8 bytes. */
export function encodeCborText(value: string): Buffer {
  const text = Buffer.from(value, 'utf8');
  const length = text.length;
  const MAJOR_TEXT = 3 << 5;
  let head: Buffer;
  if (length < 24) head = Buffer.from([MAJOR_TEXT | length]);
  else if (length < 2 ** 8) head = Buffer.from([MAJOR_TEXT | 24, length]);
  else if (length < 2 ** 16) head = Buffer.from([MAJOR_TEXT | 25, length >> 8, length & 255]);
  else {
    head = Buffer.alloc(5);
    head[0] = MAJOR_TEXT | 26;
    head.writeUInt32BE(length, 1);
  }
  return Buffer.concat([head, text]);
}

/**
 * `bytes` with some of its text strings (as decodeCbor found them with `textSpans`)
 * replaced. Arrays and maps count items, not bytes, so nothing around them changes.
 */
export function replaceCborTexts(
  bytes: Uint8Array,
  replacements: ReadonlyMap<CborText, string>,
): Buffer {
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const [text, value] of [...replacements].sort(([a], [b]) => a.start - b.start)) {
    if (text.start < from) throw new Error('CBOR texts to replace overlap.');
    parts.push(bytes.subarray(from, text.start), encodeCborText(value));
    from = text.end;
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

/** The code that reads and rewrites CBOR, for digests of what a file was made with. */
export const CBOR_CODE = [decodeCbor, encodeCborText, replaceCborTexts].map(String).join('\n');
