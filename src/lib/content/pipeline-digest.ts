/**
 * A digest of everything that shapes a document's HTML and data besides the document
 * itself: the compiler's own source, the schemas that parse frontmatter, and the
 * versions of the Markdown packages it uses. Cached entries are reused only when both
 * the file and this digest are unchanged, so a change to the pipeline or a schema (a new
 * field with a default) can never leave stale pages or data behind.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGES = ['unified', 'remark-parse', 'remark-mdx', 'remark-gfm', 'remark-rehype', 'rehype-stringify'];

let cached: string | undefined;

export function pipelineDigest(root: string): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const folder of ['src/lib/markdown', 'src/schemas']) {
    const dir = join(root, folder);
    for (const name of readdirSync(dir).sort())
      hash.update(name).update(readFileSync(join(dir, name)));
  }
  for (const name of PACKAGES) {
    const manifestPath = join(root, 'node_modules', name, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    hash.update(`${name}@${manifest.version}`);
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
