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
import type { GlossaryTerm } from '../../schemas/glossary';
import { compilerEntries } from '../glossary/read-glossary';
import type { GlossaryEntry } from '../glossary/find-terms';
import { GLOSSARY } from './collection-layout';
import { readYamlListFile, type ListFileRead } from './read-yaml-list-file';

export interface GlossaryCheck extends Omit<ListFileRead<GlossaryTerm>, 'parsed'> {
  /** The terms the compiler marks in documents. */
  terms: GlossaryEntry[];
}

/** @param root The content folder. */
export async function checkGlossary(root: string, projectRoot: string): Promise<GlossaryCheck> {
  const { parsed, ...read } = await readYamlListFile(root, projectRoot, GLOSSARY);
  return { ...read, terms: parsed ? compilerEntries(parsed.data) : [] };
}
