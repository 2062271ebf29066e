/**
 * The glossary as the compiler needs it (term, expansion, anchor), read straight from
 * `glossary.yaml`: documents are compiled while collections load, so the glossary
 * collection may not be ready yet. The file is validated, with line numbers, by the
 * collection's own loader; here anything malformed is simply skipped.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GlossaryEntry } from './find-terms';

export interface GlossaryForCompiler {
  entries: GlossaryEntry[];
  /** Changes whenever the file does: part of each document's cache key. */
  digest: string;
}

export async function readGlossaryForCompiler(contentRoot: string): Promise<GlossaryForCompiler> {
  // A byte-order mark, which some Windows editors write first, is dropped, as the glossary
  // collection drops it (content-source.ts): the YAML parser refuses it, so no term was marked.
  const source = (
    await readFile(join(contentRoot, 'glossary.yaml'), 'utf8').catch(() => '')
  ).replace(/^\uFEFF/, '');
  const digest = createHash('sha256').update(source).digest('hex').slice(0, 16);
  let list: unknown;
  try {
    list = parse(source);
  } catch {
    return { entries: [], digest };
  }
  return { entries: compilerEntries(list), digest };
}

/**
 * The entries the compiler takes from the glossary once parsed (`list`): each item with an
 * id, term and expansion; anything else is skipped. `npm run check:content`, which parses
 * the file once for the collection's checks, takes the compiler's from the same data.
 */
export function compilerEntries(list: unknown): GlossaryEntry[] {
  return (Array.isArray(list) ? list : [])
    .filter(isEntry)
    .map(({ id, term, expansion }) => ({ id, term, expansion }));
}

function isEntry(item: unknown): item is GlossaryEntry {
  if (typeof item !== 'object' || item === null) return false;
  const { id, term, expansion } = item as Record<string, unknown>;
  return typeof id === 'string' && typeof term === 'string' && typeof expansion === 'string';
}
