import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importFile } from '../../../src/lib/authoring/import/import-file';
import { AuthoringError } from '../../../src/lib/authoring/write-document';
import { compileMdx } from '../../../src/lib/markdown/compile-mdx';
import { makeStatementDocx } from '../../support/make-docx';

let folder: string;
const fixture = async (name: string, content: string | Buffer) => {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
};
/** The text a reader sees, without tags: what must survive an import word for word. */
const visibleText = (mdx: string) =>
  compileMdx(mdx, { file: 'imported.mdx' })
    .html.replace(/<[^>]+>/g, '')
    .replace(/&#x3C;/g, '<')
    .replace(/&#x26;/g, '&');

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'import-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('importing a Word document', () => {
  test('keeps its structure and words, drops its looks, and takes the title from its Title line', async () => {
    const imported = await importFile(await fixture('statement.docx', await makeStatementDocx()));
    expect(imported.title).toBe('Statement on child protection');
    expect(imported.body).toBe(
      [
        'The force has made **progress** \\{since} 2022 \\< 2023.',
        '',
        '## What has changed',
        '',
        '- More officers trained',
        '- A new referral team',
        '',
        'Read [the report](https://www.example.org/report).',
        '',
        '> “We are committed to this work.”',
        '',
        '| Area           | Grade      |',
        '| -------------- | ---------- |',
        '| Investigations | Inadequate |',
        '',
      ].join('\n'),
    );
    expect(visibleText(imported.body)).toContain(
      'The force has made progress {since} 2022 < 2023.',
    );
  });
});

describe('importing a web page', () => {
  const page = `<!doctype html><html><head><title>Press release</title><style>p { color: red }</style></head>
    <body><h1 class="MsoTitle">PCC responds to the review</h1>
    <p class="MsoNormal"><span style="font-size:12pt">Costs are <b>under</b> £5m &lt; £6m, {estimated}.</span><o:p></o:p></p>
    <p class="MsoNormal">&nbsp;</p>
    <h3>Next steps</h3>
    <ol><li>Train staff</li><li>Report back in <a href="https://www.example.org/plan">the plan</a></li></ol>
    <p>A <a name="_Toc1">bookmark</a>, a <a href="#section-2">jump</a> and a <a href="javascript:alert(1)">trap</a>.</p>
    <blockquote><p>We will improve.</p></blockquote>
    <table><tr><th>Area</th><th>Grade</th></tr><tr><td><p>Investigations</p></td><td>Inadequate</td></tr></table>
    <p><img src="data:image/png;base64,AAAA" alt=""></p>
    <script>alert(1)</script></body></html>`;

  test('keeps paragraphs, headings, lists, links, quotes and tables, and nothing else', async () => {
    const imported = await importFile(await fixture('release.html', page));
    expect(imported.title).toBe('PCC responds to the review');
    expect(imported.body).toBe(
      [
        'Costs are **under** £5m \\< £6m, \\{estimated}.',
        '',
        '## Next steps',
        '',
        '1. Train staff',
        '2. Report back in [the plan](https://www.example.org/plan)',
        '',
        'A bookmark, a jump and a trap.',
        '',
        '> We will improve.',
        '',
        '| Area           | Grade      |',
        '| -------------- | ---------- |',
        '| Investigations | Inadequate |',
        '',
      ].join('\n'),
    );
    expect(imported.notes).toEqual([expect.stringContaining('1 image was left out')]);
  });
});

describe('importing a page saved from this site', () => {
  // The build refuses this site's address written in full; the import used to stop on
  // its own output with the compiler's error, at a line of a file the author never saw.
  test('writes its links to this site from the root, and keeps links to other sites', async () => {
    const saved = await fixture(
      'saved.html',
      '<p>See <a href="https://child-protection.example.org/reports/ncpi-wiltshire-2022/#p3">the report</a> and <a href="https://www.example.org/">another site</a>.</p>',
    );
    expect((await importFile(saved)).body).toBe(
      'See [the report](/reports/ncpi-wiltshire-2022/#p3) and [another site](https://www.example.org/).\n',
    );
  });
});

describe('importing a page that links to http:// addresses', () => {
  // The build links only to secure pages, and the import's output must build.
  test('links them as https://, keeps the words as written, and names each one to check', async () => {
    const saved = await fixture(
      'insecure.html',
      '<p>Read <a href="http://example.gov.uk/plan">the plan</a> or see www.example.gov.uk and http://example.gov.uk/a. Secure: <a href="https://example.gov.uk/b">b</a>.</p>',
    );
    const imported = await importFile(saved);
    expect(imported.body).toBe(
      'Read [the plan](https://example.gov.uk/plan) or see [www.example.gov.uk](https://www.example.gov.uk) and [http://example.gov.uk/a](https://example.gov.uk/a). Secure: [b](https://example.gov.uk/b).\n',
    );
    expect(visibleText(imported.body)).toBe(
      'Read the plan or see www.example.gov.uk and http://example.gov.uk/a. Secure: b.',
    );
    expect(imported.notes).toEqual([
      '3 links were to http:// addresses, and now go to their https:// ones: this site links only to secure pages. The words are as they were. Check that each opens the page it should, and take out the link of any that does not: http://example.gov.uk/plan, http://www.example.gov.uk, http://example.gov.uk/a.',
    ]);
  });

  test('from plain text too, where an address is only words', async () => {
    const imported = await importFile(
      await fixture('insecure.txt', 'See http://example.gov.uk/a.\n'),
    );
    expect(imported.body).toBe('See [http://example.gov.uk/a](https://example.gov.uk/a).\n');
    expect(imported.notes).toEqual([
      expect.stringMatching(
        /^1 link was to an http:\/\/ address, and now goes to its https:\/\/ one: /,
      ),
    ]);
  });
});

describe('importing a web page with invisible characters', () => {
  test('leaves them out, keeping every visible letter, and says how many', async () => {
    const saved = await fixture(
      'invisible.html',
      '<p>Safe&shy;guarding chil&#8203;dren&#x200E; matters.</p>',
    );
    const imported = await importFile(saved);
    expect(imported.body).toBe('Safeguarding children matters.\n');
    expect(imported.notes).toEqual([
      '3 invisible characters were left out (zero-width spaces, soft hyphens or direction marks): they show nothing, but would split words so search could not find them.',
    ]);
  });
});

describe('importing plain text', () => {
  test('keeps every character as text, joins wrapped lines, and keeps short lines apart', async () => {
    const text = [
      'The Commissioner has today written to the Chief Constable about the findings of the',
      'inspection, which he says show that <progress> is {slow} & uneven.',
      '',
      '- first, training',
      '- second, *staffing*',
      '',
      'Philip Wilkinson',
      'Police and Crime Commissioner',
      '',
    ].join('\r\n');
    const imported = await importFile(await fixture('email.txt', text));
    expect(imported.title).toBeUndefined();
    expect(imported.body).toBe(
      [
        'The Commissioner has today written to the Chief Constable about the findings of the inspection, which he says show that \\<progress> is \\{slow} & uneven.',
        '',
        '- first, training',
        '- second, \\*staffing\\*',
        '',
        'Philip Wilkinson\\',
        'Police and Crime Commissioner',
        '',
      ].join('\n'),
    );
    expect(visibleText(imported.body)).toContain('show that <progress> is {slow} & uneven.');
    expect(visibleText(imported.body)).toContain('second, *staffing*');
  });
});

describe('a file not saved as UTF-8', () => {
  // Notepad's "ANSI" (Windows-1252): “We are sorry” – it’s a café, £5.
  const ansi = Buffer.from([
    ...Buffer.from('The force said: '),
    0x93,
    ...Buffer.from('We are sorry'),
    0x94,
    ...Buffer.from(' it'),
    0x92,
    ...Buffer.from('s a caf'),
    0xe9,
    ...Buffer.from(' and cost '),
    0xa3,
    ...Buffer.from('5.\n'),
  ]);

  test('is refused with the place of the first unreadable letter and how to save it, not imported with "�"', async () => {
    const path = await fixture('ansi.txt', ansi);
    await expect(importFile(path)).rejects.toThrow(AuthoringError);
    await expect(importFile(path)).rejects.toThrow(
      /ansi\.txt is not saved as UTF-8: the letter at line 1, column 17 cannot be read for certain\. Save it as UTF-8/,
    );
  });

  test('is read in the encoding a web page declares, as a browser reads it', async () => {
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>T</title></head><body><p>'),
      ansi,
      Buffer.from('</p></body></html>'),
    ]);
    const imported = await importFile(await fixture('ansi.html', page));
    expect(visibleText(imported.body)).toContain(
      'The force said: “We are sorry” it’s a café and cost £5.',
    );
  });

  test('is refused when a web page says it is UTF-8 but is not', async () => {
    const page = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), ansi]);
    await expect(importFile(await fixture('wrong.html', page))).rejects.toThrow(
      /wrong\.html is not saved as UTF-8: the letter at line 1, column 42/,
    );
  });
});

test('a file of another kind is refused with what to do instead', async () => {
  const path = await fixture('statement.pdf', 'not really a pdf');
  await expect(importFile(path)).rejects.toThrow(AuthoringError);
  await expect(importFile(path)).rejects.toThrow(/Save the document as \.docx/);
});
