/**
 * The author's journey end to end with the real Astro: a scaffolded statement, once its
 * TODOs are filled in, builds into a page; and `npm run dev` shows edits while writing.
 * Each test runs Astro on its own copy of the content.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { copyContent, type ContentCopy } from '../support/content-copy';
import { startDevServer, waitFor, type DevServer } from '../support/astro-process';
import { buildFixture, removeAll } from '../support/build-fixture';
import { fillTodos, FILLED_BODY } from '../support/fill-todos';
import { runCli } from '../support/run-cli';

let content: ContentCopy;
let server: DevServer | undefined;
beforeEach(async () => {
  content = await copyContent();
});
afterEach(async () => {
  await server?.stop();
  server = undefined;
  await content.remove();
});

test(
  'a scaffolded statement builds into its page once its TODOs are filled in',
  { timeout: 300_000 },
  async () => {
    expect(
      runCli('new-document', ['statement', 'PCC statement on the review'], content.relativeDir)
        .status,
    ).toBe(0);
    const file = join(content.dir, 'statements/pcc-statement-on-the-review.mdx');
    await writeFile(file, fillTodos(await readFile(file, 'utf8')));

    const build = await buildFixture(content.dir);
    try {
      expect(build.code, build.output).toBe(0);
      const page = join(build.outDir, 'dist/statements/pcc-statement-on-the-review/index.html');
      const html = await readFile(page, 'utf8');
      expect(html).toContain('PCC statement on the review');
      expect(html).toContain(FILLED_BODY);
    } finally {
      await removeAll(build.outDir);
    }
  },
);

test(
  'npm run dev shows an edited document without a restart, and a mistake in the page until it is fixed',
  // Generous waits: on a busy shared machine the dev server's reload can take tens of seconds.
  { timeout: 300_000 },
  async () => {
    const file = join(content.dir, 'statements/danny-kruger-ncpi-2022.mdx');
    const original = await readFile(file, 'utf8');
    server = await startDevServer(content.relativeDir);
    const page = `${server.url}/statements/danny-kruger-ncpi-2022/`;
    const pageShowing = (text: string) => async () => {
      const response = await fetch(page);
      const html = await response.text();
      return response.ok && html.includes(text) ? html : undefined;
    };
    /** Saves the document with its first words, "Following the recent publication", rewritten. */
    const saveOpeningAs = (words: string) =>
      writeFile(file, original.replace('Following the recent publication', words));
    const started = server;
    await waitFor(
      pageShowing('Following the recent publication'),
      60_000,
      `the dev server to serve ${page}`,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${started.output()}`);
    });

    await saveOpeningAs('Edited while writing: following the recent publication');
    await waitFor(pageShowing('Edited while writing'), 60_000, 'the edit to show in the preview');

    // A mistake is shown by the page itself, not the page as it was before it (an author
    // would take their edit for live), and in the terminal; fixing it brings the page back.
    await saveOpeningAs('Following {the} recent publication');
    const problemsPage = await waitFor(
      async () => {
        const response = await fetch(page);
        const html = await response.text();
        return response.status === 500 && html.includes('{the} is code and cannot run')
          ? html
          : undefined;
      },
      60_000,
      'the page to show the mistake',
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${started.output()}`);
    });
    expect(problemsPage).toContain('<title>The content has 1 problem</title>');
    expect(problemsPage).toMatch(/danny-kruger-ncpi-2022\.mdx:\n\s+- line \d+: \{the\} is code/);
    expect(problemsPage).not.toContain('Edited while writing');
    expect(started.output()).toContain('{the} is code and cannot run');

    await saveOpeningAs('Fixed: following the recent publication');
    await waitFor(pageShowing('Fixed: following'), 60_000, 'the fixed text to show in the preview');
  },
);
