import { join } from 'node:path';

/** Where Astro writes a page (build.format 'directory'): `/x/` → `x/index.html`, `/feed.xml` → `feed.xml`. */
export function outputFile(dir: string, sitePath: string): string {
  return sitePath.endsWith('/') ? join(dir, sitePath, 'index.html') : join(dir, sitePath);
}
