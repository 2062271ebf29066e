/**
 * A person's page lists where its facts come from, and says what those pages do not show:
 * Kier Pritchard's exact dates as Chief Constable were cited to an inspection report that
 * is not their source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { normaliseSpace, readPage } from '../support/built-site';
import { REPO_ROOT } from '../support/paths';

const peopleDir = join(REPO_ROOT, 'content/people');
const people = readdirSync(peopleDir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    data: parse(readFileSync(join(peopleDir, file), 'utf8')) as {
      sources: string[];
      sourceNote?: string;
    },
  }));

describe('a person’s page', () => {
  test.each(people)('$id: lists its sources, and what they do not show', async ({ id, data }) => {
    const $ = await readPage(`/people/${id}/`);
    const heading = $('h2').filter((_, element) => $(element).text() === 'Sources');
    const list = heading.next('ul');
    expect(
      list
        .find('a')
        .toArray()
        .map((link) => $(link).attr('href')),
    ).toEqual(data.sources);
    const note = list.next('p.note');
    if (data.sourceNote) expect(normaliseSpace(note.text())).toBe(normaliseSpace(data.sourceNote));
    else expect(note.length).toBe(0);
  });

  test('the sample people include one whose role dates have no recorded source', () => {
    expect(people.some(({ data }) => data.sourceNote !== undefined)).toBe(true);
  });
});

describe('when a role was held', () => {
  test('dates known to be when it began and ended read as its span', async () => {
    const $ = await readPage('/people/kier-pritchard/');
    expect(normaliseSpace($('main').text())).toContain(
      'Chief Constable, Wiltshire Police, from 5 March 2018 to 26 February 2023',
    );
  });

  test('dates that are only when the sources show it say so, on the person’s page and the list', async () => {
    const said =
      'Assistant Chief Constable, Wiltshire Police, known to have held it from 2022 to 2023 (when it began and ended is not known here)';
    for (const path of ['/people/deb-smith/', '/people/']) {
      const $ = await readPage(path);
      expect(normaliseSpace($('main').text()), path).toContain(said);
    }
  });
});
