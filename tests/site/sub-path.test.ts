/**
 * A site served under a sub-path (https://example.org/sub/, BASE_PATH=/sub/) must work
 * like one at the root: every internal link, stylesheet and script is prefixed with the
 * sub-path and leads to a file that was built. Builds the real content into a temp folder,
 * with the settings a deployment gives: its sub-path and its contact address.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, removeAll, type FixtureBuild } from '../support/build-fixture';
import { REPO_ROOT } from '../support/paths';

const BASE = '/sub/';
const CONTACT = 'accessibility@example.org';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'];

let build: FixtureBuild;
let dist: string;

beforeAll(async () => {
  build = await buildFixture(join(REPO_ROOT, 'content'), {
    BASE_PATH: BASE,
    SITE_CONTACT: CONTACT,
  });
  dist = join(build.outDir, 'dist');
}, 240_000);

afterAll(async () => {
  await removeAll(build.outDir);
});

/** The file a server would send for a path under the base, or undefined outside it. */
function fileFor(path: string): string {
  const inside = path.slice(BASE.length);
  return join(dist, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
}

describe(`the site built with BASE_PATH=${BASE}`, () => {
  test('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  test('the accessibility statement tells a reader with a problem to write to the contact address', async () => {
    const $ = cheerio.load(await readFile(join(dist, 'accessibility/index.html'), 'utf8'));
    const link = $('#if-you-find-a-problem').nextUntil('h2').find(`a[href="mailto:${CONTACT}"]`);
    expect(link.text()).toBe(CONTACT);
    expect(link.parent().text()).toMatch(
      /please tell\s+the team that runs this site at accessibility@example\.org, saying which page/,
    );
  });

  test('every internal URL on every page is under the sub-path and leads to a built file', async () => {
    const pages = (await readdir(dist, { recursive: true })).filter((file) =>
      file.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (const page of pages) {
      const $ = cheerio.load(await readFile(join(dist, page), 'utf8'));
      for (const attribute of URL_ATTRIBUTES) {
        $(`[${attribute}]`).each((_, element) => {
          const value = $(element).attr(attribute) ?? '';
          if (!value.startsWith('/') || value.startsWith('//')) return; // external, relative or a fragment
          const path = decodeURI(value.split(/[?#]/)[0]!);
          if (!path.startsWith(BASE))
            wrong.push(`${page}: ${attribute}="${value}" is not under ${BASE}`);
          else if (!existsSync(fileFor(path)))
            wrong.push(`${page}: ${attribute}="${value}" leads to no file`);
        });
      }
    }
    expect(wrong).toEqual([]);
  });

  test('a document page links its stylesheet and the home page under the sub-path', async () => {
    const reports = await readdir(join(dist, 'reports'));
    const report = reports.find((name) => !name.endsWith('.html'));
    const $ = cheerio.load(await readFile(join(dist, 'reports', report!, 'index.html'), 'utf8'));
    expect($('link[rel="stylesheet"]').attr('href')).toMatch(/^\/sub\/_astro\//);
    expect($('a[href="/sub/"]').length).toBeGreaterThan(0);
  });
});
