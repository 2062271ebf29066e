/**
 * Writes a new document file for `npm run new` and `npm run import`, never over an
 * existing one, and never with a slug another document already uses.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DOCUMENT_COLLECTIONS, documentDirectory } from '../content/collection-layout';
import { contentRoot } from '../content/content-root';
import { DOCUMENT_TYPES } from '../site/labels';
import type { DocumentType } from '../site/types';

/** A mistake on the command line, explained to the person who made it. */
export class AuthoringError extends Error {
  override name = 'AuthoringError';
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Writes `<content>/<kind>s/<slug>.mdx`; returns its path relative to the project root. */
export async function writeNewDocument(
  projectRoot: string,
  kind: DocumentType,
  slug: string,
  text: string,
): Promise<string> {
  if (!slug)
    throw new AuthoringError(
      'The title has no letters or digits to make a file name from. Give a title in words.',
    );
  const root = contentRoot(projectRoot);
  for (const { directory } of Object.values(DOCUMENT_COLLECTIONS)) {
    const other = join(root, directory, `${slug}.mdx`);
    if (await exists(other)) {
      throw new AuthoringError(
        `${relative(projectRoot, other)} already exists, and two documents cannot share an address. Nothing was written. Edit that file, or give a different title.`,
      );
    }
  }
  const folder = join(root, documentDirectory(kind));
  const path = join(folder, `${slug}.mdx`);
  await mkdir(folder, { recursive: true });
  // "wx" fails if the file appeared since the check above: still never overwrite.
  await writeFile(path, text, { flag: 'wx' });
  return relative(projectRoot, path);
}

/** Whether a command-line argument names a document type (`statement`). */
export function isDocumentType(value: unknown): value is DocumentType {
  return (DOCUMENT_TYPES as readonly unknown[]).includes(value);
}
