/**
 * content/glossary.yaml for `npm run check:content`, read and parsed once for what its two
 * readers in the build take from it: the glossary collection (yamlListLoader: every item
 * checked, with its line) and the MDX compiler (the terms it marks in documents, as
 * readGlossaryForCompiler takes them). The build reads it twice because documents compile
 * while the collections load; the check reads everything itself, so once is enough.
 *
 * The compiler's terms come only from a file the collection could parse. A file it
 * refuses is a problem to fix anyway, and while there is one the check leaves out what
 * the terms change (the permalink checks on the documents' words).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GlossaryTerm } from '../../schemas/glossary';
import { compilerEntries } from '../glossary/read-glossary';
import type { GlossaryEntry } from '../glossary/find-terms';
import type { ContentProblem } from '../markdown/content-error';
import type { Entry } from '../site/types';
import { GLOSSARY } from './collection-layout';
import { readContentSourceAsync } from './content-source';
import { yamlListEntries } from './read-yaml';
import { parseYaml } from './yaml-with-lines';

export interface GlossaryCheck {
  /** Whether the file is there, to count among the files read. */
  found: boolean;
  /** The collection's entries, as the glossary page would have them. */
  entries: Entry<GlossaryTerm>[];
  /** The terms the compiler marks in documents. */
  terms: GlossaryEntry[];
  problems: ContentProblem[];
}

/** @param root The content folder. */
export async function checkGlossary(root: string, projectRoot: string): Promise<GlossaryCheck> {
  const path = join(root, GLOSSARY.file);
  const file = relative(projectRoot, path);
  if (!existsSync(path)) {
    const message =
      'This file is missing. Create it with a list of terms, or write "[]" in it for none.';
    return { found: false, entries: [], terms: [], problems: [{ file, message }] };
  }
  const failed = (problems: ContentProblem[]) => ({
    found: true,
    entries: [],
    terms: [],
    problems,
  });
  const read = await readContentSourceAsync(path, file);
  if ('problems' in read) return failed(read.problems);
  const parsed = parseYaml(read.source, file);
  if ('problems' in parsed) return failed(parsed.problems);
  const list = yamlListEntries(parsed.parsed, file, GLOSSARY.schema);
  return {
    found: true,
    entries: list.entries.map(({ id, data }) => ({ id, filePath: file, data })),
    terms: compilerEntries(parsed.parsed.data),
    problems: list.problems,
  };
}
