// A small static file server for the built site (`dist/`), for the site and browser tests.
// Faster and more predictable than `astro preview`: 127.0.0.1, a free port, no caching.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { distDir } from './paths';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's index files are binary (gzipped) blobs.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface PreviewOptions {
  /** Folder to serve. Default: $DIST_DIR or `<repo>/dist`. */
  dir?: string;
  /** URL prefix the site is served under, as Astro's `base` (e.g. '/sub/'). Default '/'. */
  base?: string;
  /** Port to listen on. Default 0: a free port. */
  port?: number;
}

export interface Preview {
  /** Site URL including the base and a trailing slash, e.g. http://127.0.0.1:40123/sub/ */
  url: string;
  /** Origin only, e.g. http://127.0.0.1:40123 */
  origin: string;
  port: number;
  /** Normalised base path, always starting and ending with '/'. */
  base: string;
  /** Absolute path of the folder being served. */
  dir: string;
  close: () => Promise<void>;
}

function normaliseBase(base = '/'): string {
  let b = base.trim();
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b.replace(/\/{2,}/g, '/');
}

async function fileAt(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(path);
    if (s.isFile()) return 'file';
    if (s.isDirectory()) return 'dir';
  } catch {
    // missing
  }
  return undefined;
}

function send(req: IncomingMessage, res: ServerResponse, status: number, path: string): void {
  res.writeHead(status, { 'Content-Type': contentType(path) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/**
 * Serves a built site on 127.0.0.1. Directories serve their index.html (a directory asked
 * for without its trailing slash is redirected, as on most static hosts); `/page` also finds
 * `page.html`; anything else missing gets `404.html` (from the served folder) with status 404.
 */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const root = resolve(options.dir ?? distDir());
  const base = normaliseBase(options.base);
  if ((await fileAt(root)) !== 'dir') {
    throw new Error(`startPreview: ${root} is not a folder. Build the site first (npm run build).`);
  }

  const notFound = async (req: IncomingMessage, res: ServerResponse) => {
    const page = join(root, '404.html');
    if ((await fileAt(page)) === 'file') send(req, res, 404, page);
    else sendText(req, res, 404, 'Not found');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      sendText(req, res, 400, 'Bad request');
      return;
    }
    if (pathname.includes('\0')) {
      sendText(req, res, 400, 'Bad request');
      return;
    }

    if (`${pathname}/` === base) {
      res.writeHead(301, { Location: `${base}${url.search}` });
      res.end();
      return;
    }
    if (!pathname.startsWith(base)) {
      await notFound(req, res);
      return;
    }

    const relative = pathname.slice(base.length);
    const target = resolve(root, `.${sep}${relative}`);
    if (target !== root && !target.startsWith(root + sep)) {
      await notFound(req, res);
      return;
    }

    const kind = await fileAt(target);
    if (kind === 'file') {
      send(req, res, 200, target);
      return;
    }
    if (kind === 'dir') {
      const index = join(target, 'index.html');
      if ((await fileAt(index)) === 'file') {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          res.end();
          return;
        }
        send(req, res, 200, index);
        return;
      }
    }
    if (!pathname.endsWith('/') && (await fileAt(`${target}.html`)) === 'file') {
      send(req, res, 200, `${target}.html`);
      return;
    }
    await notFound(req, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(req, res, 500, String(error));
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });

  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    port,
    base,
    dir: root,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
