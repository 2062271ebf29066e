/**
 * Writes `_headers` (Netlify and Cloudflare Pages format) into the build output, so a
 * static host sends the full security headers, including those a <meta> tag cannot carry
 * (`frame-ancestors`, HSTS).
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from './policy';

export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'security-headers-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
      },
    },
  };
}
