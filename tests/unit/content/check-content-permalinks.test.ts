/**
 * `npm run check:content` keeps the permalink promise for documents as the build does,
 * without building: on a copy of the real content, whose permalinks.json the build
 * recorded (pages, anchors and each paragraph's words), an edit the build would refuse is
 * named with the build's own message, in the file the author edits.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';
import { DOCUMENT_COLLECTIONS } from '../../../src/lib/content/collection-layout';
import { readDocument } from '../../../src/lib/content/read-document';
import { readGlossaryForCompiler } from '../../../src/lib/glossary/read-glossary';
import { readAliases } from '../../../src/lib/permalinks/aliases';
import { MANIFEST_FILE, readManifest } from '../../../src/lib/permalinks/manifest';
import { paragraphFingerprints } from '../../../src/lib/permalinks/paragraph-words';
import { documentPath } from '../../../src/lib/site/urls';
import { copyContent, type ContentCopy } from '../../support/content-copy';

let content: ContentCopy;
beforeEach(async () => {
  content = await copyContent();
});
afterEach(() => content.remove());

const NCPI_REPORT = 'reports/ncpi-wiltshire-2022.mdx';
const KRUGER_STATEMENT = 'statements/danny-kruger-ncpi-2022.mdx';
const PEEL_REPORT = 'reports/peel-wiltshire-2021-22.mdx';

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const path = join(content.dir, file);
  const text = await readFile(path, 'utf8');
  const changed = change(text);
  expect(changed, `the edit of ${file} found its words`).not.toBe(text);
  await writeFile(path, changed);
}

async function problems() {
  return (await checkContent(content.projectRoot)).problems;
}

/**
 * Writes aliases to content/aliases.yaml ahead of those the content already has, which
 * stay needed (the line numbers of messages are those of `text`).
 */
async function writeAliases(text: string): Promise<void> {
  const file = join(content.dir, 'aliases.yaml');
  await writeFile(file, `${text}${await readFile(file, 'utf8')}`);
}

test('the content as published passes', async () => {
  expect(await problems()).toEqual([]);
});

// The quoted words of a message are read as written ("HMICFRS’", not "HMICFRS ’"), but
// each paragraph's fingerprint must be made as it was when it was recorded: a new one
// would hide a renumbering, or report one where there is none.
test('every published paragraph’s words still give the fingerprint content/permalinks.json recorded', async () => {
  const { entries: glossary } = await readGlossaryForCompiler(content.dir);
  const { paragraphs } = await readManifest(join(content.dir, MANIFEST_FILE));
  const aliasFile = await readAliases(content.dir, content.projectRoot);
  if ('problems' in aliasFile) throw new Error(aliasFile.problems.map((p) => p.message).join('\n'));
  // A paragraph an alias sends elsewhere (a publisher's credit once numbered as one) is no
  // longer published: its recorded words stay in the manifest.
  const movedAway = new Set(
    aliasFile.aliases.map((alias) => `${alias.from.path}#${alias.from.anchor ?? ''}`),
  );
  let termsBesideQuotes = 0;
  for (const { type, directory, schema } of Object.values(DOCUMENT_COLLECTIONS)) {
    for (const name of await readdir(join(content.dir, directory))) {
      const file = join(content.dir, directory, name);
      const read = readDocument(await readFile(file, 'utf8'), file, schema, glossary);
      if ('problems' in read) throw new Error(read.problems.map((p) => p.message).join('\n'));
      const { html } = read.document.compiled;
      termsBesideQuotes += html.match(/<\/abbr>(?:<\/a>)?’/g)?.length ?? 0;
      const path = documentPath({ type, id: name.slice(0, -'.mdx'.length) });
      const recorded = [...(paragraphs.get(path) ?? [])].filter(
        ([anchor]) => !movedAway.has(`${path}#${anchor}`),
      );
      expect(paragraphFingerprints(html), path).toEqual(Object.fromEntries(recorded));
    }
  }
  // The case the quotes changed for is among them.
  expect(termsBesideQuotes).toBeGreaterThan(0);
});

describe('paragraphs of a published document', () => {
  test('put in above published ones: the first paragraph whose words moved, in the document', async () => {
    // The words of #p1 name HMICFRS beside a comma: the glossary marks it, as in the build.
    await edit(NCPI_REPORT, (text) =>
      text.replace('\nIn March 2022', '\nA paragraph put in above the others.\n\nIn March 2022'),
    );
    expect(await problems()).toEqual([
      {
        file: `content/${NCPI_REPORT}`,
        field: '/reports/ncpi-wiltshire-2022/#p1',
        message: expect.stringMatching(
          /^The words published as #p1 \("In March 2022 the police inspectorate, HMICFRS.*"\) are now #p2: the paragraphs were renumbered, so links already shared to #p1 land on other words\. Put the paragraphs back in their published order/,
        ),
      },
    ]);
  });

  test('put in above, with a glossary saved with a byte-order mark: its terms marked all the same', async () => {
    const glossary = join(content.dir, 'glossary.yaml');
    await writeFile(glossary, `\uFEFF${await readFile(glossary, 'utf8')}`);
    await edit(NCPI_REPORT, (text) =>
      text.replace('\nIn March 2022', '\nA paragraph put in above the others.\n\nIn March 2022'),
    );
    expect(await problems()).toEqual([
      expect.objectContaining({
        field: '/reports/ncpi-wiltshire-2022/#p1',
        message: expect.stringMatching(
          /^The words published as #p1 \("In March 2022 the police inspectorate, HMICFRS.*"\) are now #p2:/,
        ),
      }),
    ]);
  });

  test('put in above a paragraph with a glossary term: its words quoted as written, "HMICFRS’ National"', async () => {
    await edit(KRUGER_STATEMENT, (text) =>
      text.replace(
        '\nPCC Philip Wilkinson responds',
        '\nA paragraph put in above.\n\nPCC Philip Wilkinson responds',
      ),
    );
    const found = await problems();
    expect(found).toEqual([
      expect.objectContaining({ field: '/statements/danny-kruger-ncpi-2022/#p2' }),
    ]);
    expect(found[0]!.message).toContain(
      'The words published as #p2 ("PCC Philip Wilkinson responds to today’s publication of HMICFRS’ National Child Protection…") are now #p3:',
    );
  });

  test('put in another order: named as the build names it', async () => {
    await edit(KRUGER_STATEMENT, (text) => {
      const lines = text.split('\n');
      const third = lines.findIndex((line) => line.startsWith('Mr Wilkinson said:'));
      const fourth = lines.findIndex((line) => line.startsWith('“While progress has been made'));
      [lines[third], lines[fourth]] = [lines[fourth]!, lines[third]!];
      return lines.join('\n');
    });
    expect(await problems()).toEqual([
      expect.objectContaining({
        file: `content/${KRUGER_STATEMENT}`,
        field: '/statements/danny-kruger-ncpi-2022/#p3',
        message: expect.stringMatching(
          /^The words published as #p3 \("Mr Wilkinson said:.*"\) are now #p4:/,
        ),
      }),
    ]);
  });

  test('taken out: the words that moved up and the last anchor, both in the document, not the manifest', async () => {
    await edit(KRUGER_STATEMENT, (text) =>
      text.replace(/\n“While progress has been made[^\n]*\n/, ''),
    );
    // The cause first: the renumbering, which leaves the last anchor with nothing at it.
    expect(await problems()).toEqual([
      expect.objectContaining({
        file: `content/${KRUGER_STATEMENT}`,
        field: '/statements/danny-kruger-ncpi-2022/#p5',
        message: expect.stringMatching(/^The words published as #p5 \(".*"\) are now #p4:/),
      }),
      {
        file: `content/${KRUGER_STATEMENT}`,
        field: '/statements/danny-kruger-ncpi-2022/#p10',
        message: expect.stringMatching(
          /^The anchor #p10 on \/statements\/danny-kruger-ncpi-2022\/ was published but is no longer on the page, so links to it land nowhere\. Restore it[\s\S]*- from: \/statements\/danny-kruger-ncpi-2022\/#p10/,
        ),
      },
    ]);
  });

  const correctP3 = (text: string) => text.replace('Mr Wilkinson said:', 'Mr Wilkinson said then:');

  test('corrected in place with no dated update: named in the document, with what to add', async () => {
    await edit(KRUGER_STATEMENT, correctP3);
    expect(await problems()).toEqual([
      {
        file: `content/${KRUGER_STATEMENT}`,
        field: '/statements/danny-kruger-ncpi-2022/#p3',
        message: expect.stringMatching(
          /^The words published as #p3 changed \(it now reads "Mr Wilkinson said then: “Protecting and safeguarding children from harm is a…"\), and the page does not say so\. [\s\S]*add a line under changes: with today's date/,
        ),
      },
    ]);
  });

  test('corrected in place with a dated update, or added after the last: fine', async () => {
    await edit(
      KRUGER_STATEMENT,
      (text) =>
        `${correctP3(text).replace('changes:\n', 'changes:\n  - date: "2026-12-06"\n    note: Corrected a copying mistake in paragraph 3.\n')}\nA paragraph added at the end.\n`,
    );
    expect(await problems()).toEqual([]);
  });

  test('a dated update taken out: named in the document, even with its words as published', async () => {
    await edit(KRUGER_STATEMENT, (text) => text.replace(/\nchanges:\n(?: {2}.*\n)+/, '\n'));
    expect(await problems()).toEqual([
      {
        file: `content/${KRUGER_STATEMENT}`,
        field: 'changes',
        message: expect.stringMatching(
          /^The page listed 1 dated update when it was last recorded, and now lists 0\./,
        ),
      },
    ]);
  });
});

describe('a heading of a published document', () => {
  const renamed = (text: string) =>
    text.replace('## Enhanced monitoring\n', '## Enhanced monitoring ("Engage")\n');

  test('renamed: its recorded anchor is no longer on the page, named in the document', async () => {
    await edit(PEEL_REPORT, renamed);
    expect(await problems()).toEqual([
      {
        file: `content/${PEEL_REPORT}`,
        field: '/reports/peel-wiltshire-2021-22/#enhanced-monitoring',
        message: expect.stringMatching(
          /^The anchor #enhanced-monitoring on \/reports\/peel-wiltshire-2021-22\/ was published but is no longer on the page, so links to it land nowhere\. The page has a new anchor, #enhanced-monitoring-engage: was its heading renamed\? [\s\S]*- from: \/reports\/peel-wiltshire-2021-22\/#enhanced-monitoring\n\s+to: \/reports\/peel-wiltshire-2021-22\/#enhanced-monitoring-engage$/,
        ),
      },
    ]);
  });

  test('renamed, with an alias saying which anchor holds its words now: fine', async () => {
    await edit(PEEL_REPORT, renamed);
    await writeAliases(
      '- from: /reports/peel-wiltshire-2021-22/#enhanced-monitoring\n  to: /reports/peel-wiltshire-2021-22/#enhanced-monitoring-engage\n',
    );
    expect(await problems()).toEqual([]);
  });
});

describe('content/aliases.yaml', () => {
  const aliases = writeAliases;

  test('an alias that points nowhere, a loop, an alias to itself and one over a live page or anchor', async () => {
    await aliases(
      [
        '- from: /statements/danny-kruger-2022/',
        '  to: /statements/danny-kruger-2022-ncpi/',
        '- from: /reports/old-a/',
        '  to: /reports/old-b/',
        '- from: /reports/old-b/',
        '  to: /reports/old-a/',
        '- from: /reports/old-c/',
        '  to: /reports/old-c/',
        '- from: /reports/peel-wiltshire-2021-22/',
        '  to: /reports/ncpi-wiltshire-2022/',
        '- from: /reports/peel-wiltshire-2021-22/#p2',
        '  to: /reports/peel-wiltshire-2021-22/#p3',
        '',
      ].join('\n'),
    );
    const notPublished = (line: number, from: string, to: string) => ({
      file: 'content/aliases.yaml',
      line,
      field: from,
      message: `The alias points to ${to}, which is not published. Write an address this build publishes.`,
    });
    expect(await problems()).toEqual([
      notPublished(1, '/statements/danny-kruger-2022/', '/statements/danny-kruger-2022-ncpi/'),
      notPublished(3, '/reports/old-a/', '/reports/old-b/'),
      notPublished(5, '/reports/old-b/', '/reports/old-a/'),
      notPublished(7, '/reports/old-c/', '/reports/old-c/'),
      {
        file: 'content/aliases.yaml',
        line: 9,
        field: '/reports/peel-wiltshire-2021-22/',
        message:
          '/reports/peel-wiltshire-2021-22/ is still published, so it cannot also redirect. Delete this alias, or the page.',
      },
      {
        file: 'content/aliases.yaml',
        line: 11,
        field: '/reports/peel-wiltshire-2021-22/#p2',
        message:
          '/reports/peel-wiltshire-2021-22/#p2 is a paragraph again, but this alias sends links already shared to #p2 to #p3: deleting it would open them on other words. If the alias was published before, keep it, and take the new paragraph 2 out or add its words to the end of paragraph 1. If you wrote the alias just now by mistake, delete it.',
      },
    ]);
  });

  test('a renamed document with an alias to its new address: fine', async () => {
    await rename(
      join(content.dir, KRUGER_STATEMENT),
      join(content.dir, 'statements/danny-kruger-2022.mdx'),
    );
    await aliases(
      '- from: /statements/danny-kruger-ncpi-2022/\n  to: /statements/danny-kruger-2022/\n',
    );
    expect(await problems()).toEqual([]);
  });

  test('an alias to a page only a build can see into is left to the build', async () => {
    await aliases(
      [
        '- from: /glossary/#an-old-term',
        '  to: /glossary/#a-new-term',
        '- from: /statements/an-old-statement/',
        '  to: /statements/danny-kruger-ncpi-2022/#cite-this',
        '- from: /reports/page/9/',
        '  to: /reports/page/8/',
        '',
      ].join('\n'),
    );
    expect(await problems()).toEqual([]);
  });
});

// Links between files are checked in the same run as each file, not once every file reads:
// an author sees all their mistakes at once, and none twice.
describe('a file that fails to read', () => {
  const REVIEW = 'reports/ncpi-wiltshire-post-inspection-review-2023.mdx';

  test('is named with a misspelt id in another file, and is not named again by what leads to it', async () => {
    // The report every other file leads to fails: its recommendations name it, a statement
    // answers it, a later report follows it up, and permalinks.json recorded its page.
    await edit(NCPI_REPORT, (text) => text.replace('verbatim: false', 'verbatim: maybe'));
    // So does one of its recommendations, which both reports' <Addresses> name.
    await edit('recommendations/ncpi-wiltshire-2022-supervision.yaml', (text) =>
      text.replace('title: Consistent supervision', "title: ''"),
    );
    // A paragraph of the report that failed is not known until it reads.
    await edit(KRUGER_STATEMENT, (text) =>
      text.replace(/\n$/, '\n\nSee [the inspection](/reports/ncpi-wiltshire-2022/#p99).\n'),
    );
    // The mistake elsewhere: a recommendation's id misspelt. The ids suggested are the ones
    // the author would see once every file reads, the unread one among them.
    await edit(REVIEW, (text) =>
      text.replace(
        'ncpi-wiltshire-2022-investigation-delays ncpi-wiltshire-2022-supervision',
        'ncpi-wiltshire-2022-investigation-delay ncpi-wiltshire-2022-supervision',
      ),
    );
    expect(await problems()).toEqual([
      expect.objectContaining({
        file: `content/${NCPI_REPORT}`,
        field: 'verbatim',
      }),
      expect.objectContaining({
        file: 'content/recommendations/ncpi-wiltshire-2022-supervision.yaml',
        field: 'title',
      }),
      {
        file: `content/${REVIEW}`,
        line: 74,
        field: '<Addresses recommendation>',
        message: expect.stringMatching(
          /^There is no recommendation "ncpi-wiltshire-2022-investigation-delay"\. Did you mean ncpi-wiltshire-2022-investigation-delays\? Write the id of one in content\/recommendations\/ \(without \.yaml\): .*ncpi-wiltshire-2022-supervision/,
        ),
      },
    ]);
  });
});
