/**
 * `npm run lighthouse`: Lighthouse scores for the home page, a document, a recommendation
 * and the search page of the built site (dist/, or $OUT_DIR), in Debian's Chromium
 * ($CHROME_PATH, default /usr/bin/chromium; nothing is downloaded). Prints a table.
 * Pages whose route the site does not have yet are skipped with a note.
 *
 * Build first (`npm run build`). Lighthouse's default settings are used: a mid-range
 * phone on a slow 4G connection, simulated.
 */
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium-flags.ts';

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const outDir = resolve(projectRoot, process.env.OUT_DIR ?? 'dist');
const base = `/${process.env.BASE_PATH ?? ''}/`.replace(/\/{2,}/g, '/');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// chrome-launcher starts Chromium itself, so headless mode is asked for here.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

interface Target {
  label: string;
  /** Path under the base, e.g. `reports/ncpi-wiltshire-2022/`. */
  path: string;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => found.isFile(),
    () => false,
  );
}

/** The first page (in name order) under a folder of the built site, if there is one. */
async function firstPageIn(folder: string): Promise<string | undefined> {
  const names = await readdir(join(outDir, folder)).catch(() => [] as string[]);
  for (const name of names.sort()) {
    if (await isFile(join(outDir, folder, name, 'index.html'))) return `${folder}/${name}/`;
  }
  return undefined;
}

/** The pages to score; prints a note for each kind of page the site does not have yet. */
async function targets(): Promise<Target[]> {
  const wanted: Array<[label: string, find: () => Promise<string | undefined>]> = [
    ['Home', async () => ((await isFile(join(outDir, 'index.html'))) ? '' : undefined)],
    ['Document', () => firstPageIn('reports')],
    ['Recommendation', () => firstPageIn('recommendations')],
    [
      'Search',
      async () => ((await isFile(join(outDir, 'search', 'index.html'))) ? 'search/' : undefined),
    ],
  ];
  const found: Target[] = [];
  for (const [label, find] of wanted) {
    const path = await find();
    if (path === undefined)
      console.log(`Note: skipping ${label}: the built site has no such page yet.`);
    else found.push({ label, path });
  }
  return found;
}

/** A few words about each item an audit lists (e.g. the console errors), for the printout. */
function itemsOf(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.map((item) => {
    const { description, url, source } = item as Record<string, unknown>;
    return [source, description, url].filter((part) => typeof part === 'string').join(': ');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function printTable(rows: ReadonlyArray<{ label: string; path: string; scores: number[] }>): void {
  const header = ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO'];
  const lines = rows.map((row) => [`${row.label} (${base}${row.path})`, ...row.scores.map(String)]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  console.log(
    [
      '',
      format(header),
      `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
      ...lines.map(format),
    ].join('\n'),
  );
}

async function main(): Promise<number> {
  if (!(await isFile(join(outDir, 'index.html')))) {
    console.error(`No built site in ${outDir}. Run \`npm run build\` first.`);
    return 1;
  }
  const pages = await targets();
  const port = await freePort();
  const server = await preview({
    root: projectRoot,
    logLevel: 'error',
    server: { host: '127.0.0.1', port },
  });
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  const rows: Array<{ label: string; path: string; scores: number[] }> = [];
  try {
    for (const page of pages) {
      const url = `http://127.0.0.1:${port}${base}${page.path}`;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories } = result.lhr;
      rows.push({
        ...page,
        scores: CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100)),
      });
      // What cost points, so a score below 100 says why.
      for (const id of CATEGORIES) {
        for (const ref of categories[id]?.auditRefs ?? []) {
          const audit = result.lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            console.log(
              `  ${page.label}: ${id}: ${audit.title} (${audit.displayValue ?? audit.score})`,
            );
            for (const item of itemsOf(audit.details).slice(0, 3)) console.log(`    ${item}`);
          }
        }
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  printTable(rows);
  return 0;
}

process.exitCode = await main();
