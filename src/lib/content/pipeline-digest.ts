/**
 * A digest of everything that shapes a document's HTML and data besides the document
 * itself: the compiler's own source, the schemas that parse frontmatter and YAML (and the
 * code they import), and the versions of the Markdown packages it uses. Cached entries
 * are reused only when both the file and this digest are unchanged, so a change to the
 * pipeline or a schema (a new field with a default) can never leave stale pages or data
 * behind. Astro's own store is no help here: it is emptied only when the text of
 * `src/content.config.ts` changes, not the schemas that file imports.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The Markdown packages whose versions shape the compiled HTML. */
export const PIPELINE_PACKAGES = [
  'unified',
  'remark-parse',
  'remark-mdx',
  'remark-gfm',
  'remark-rehype',
  'rehype-stringify',
];

/**
 * Source folders and files whose code runs when a document or YAML entry is read and
 * compiled. A unit test follows the imports of the readers and schemas and fails if one
 * leads outside this list.
 */
export const PIPELINE_SOURCES = [
  'src/lib/markdown',
  'src/lib/glossary',
  'src/schemas',
  'src/lib/dates',
  'src/lib/text',
  'src/lib/authoring/today.ts',
  'src/lib/content/read-document.ts',
  'src/lib/content/read-yaml.ts',
  'src/lib/content/schema-fields.ts',
  'src/lib/content/frontmatter.ts',
  'src/lib/content/todo-markers.ts',
  'src/lib/content/validate.ts',
  'src/lib/content/yaml-errors.ts',
  'src/lib/content/yaml-with-lines.ts',
  'src/lib/site/site-url.ts',
];

const digests = new Map<string, string>();

/** The digest for the project at `root`, worked out once per process. */
export function pipelineDigest(root: string): string {
  const known = digests.get(root);
  if (known) return known;
  const hash = createHash('sha256');
  for (const source of PIPELINE_SOURCES) {
    const path = join(root, source);
    const names = statSync(path).isDirectory() ? readdirSync(path).sort() : [''];
    for (const name of names)
      hash.update(`${source}/${name}`).update(readFileSync(join(path, name)));
  }
  for (const name of PIPELINE_PACKAGES) {
    const manifestPath = join(root, 'node_modules', name, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    hash.update(`${name}@${manifest.version}`);
  }
  // Which addresses are this site's own decides which links are refused (own-site-links.ts).
  hash.update(`site:${process.env['SITE_URL'] ?? ''} base:${process.env['BASE_PATH'] ?? ''}`);
  const digest = hash.digest('hex').slice(0, 16);
  digests.set(root, digest);
  return digest;
}
