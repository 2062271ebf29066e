/**
 * /people/ and /organisations/: the parents of every person's and organisation's page,
 * so a reader who trims a shared address finds a list, not a 404.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normaliseSpace, readPage } from '../support/built-site';
import { REPO_ROOT } from '../support/paths';

const ids = (folder: string) =>
  readdirSync(join(REPO_ROOT, 'content', folder))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => `/${folder}/${file.replace(/\.yaml$/, '')}/`)
    .sort();

const linksIn = async (path: string) => {
  const $ = await readPage(path);
  return $('main ul.directory a')
    .toArray()
    .map((link) => ({ href: $(link).attr('href') ?? '', text: normaliseSpace($(link).text()) }));
};

describe('/people/', () => {
  test('links every person once, by surname', async () => {
    const links = await linksIn('/people/');
    expect(links.map((link) => link.href).sort()).toEqual(ids('people'));
    const surnames = links.map((link) => link.text.split(' ').at(-1) ?? '');
    expect(surnames).toEqual([...surnames].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });

  const itemOf = async (name: string) => {
    const $ = await readPage('/people/');
    return normaliseSpace(
      $('main li')
        .filter((_, li) => $(li).find('a').text() === name)
        .text(),
    );
  };

  test('gives each person’s roles, when they held them, and how many documents they are in', async () => {
    expect(await itemOf('Philip Wilkinson')).toBe(
      'Philip Wilkinson: Police and Crime Commissioner for Wiltshire and Swindon, from 2021 (2 documents)',
    );
  });

  test('never shows a past role as if it were held today', async () => {
    // A reader must not take a former Chief Constable, or an MP's seat, as current.
    expect(await itemOf('Kier Pritchard')).toBe(
      'Kier Pritchard: Chief Constable, Wiltshire Police, from 5 March 2018 to 26 February 2023 (0 documents)',
    );
    expect(await itemOf('Danny Kruger')).toBe(
      'Danny Kruger: Member of Parliament for Devizes, known to have held it on 5 August 2022 (when it began and ended is not known here) (1 document)',
    );
  });
});

describe('/organisations/', () => {
  test('links every organisation once, under the heading of its kind', async () => {
    const links = await linksIn('/organisations/');
    expect(links.map((link) => link.href).sort()).toEqual(ids('organisations'));
    const $ = await readPage('/organisations/');
    const headings = $('main h2')
      .toArray()
      .map((heading) => $(heading).text());
    expect(headings).toEqual([
      'Police forces',
      'Police and Crime Commissioners',
      'Inspectorates',
      'News outlets',
      'Publishers',
    ]);
    expect(normaliseSpace($('#kind-police-force').next('ul').text())).toBe(
      'Wiltshire Police (4 documents)',
    );
  });

  // Its page and feed follow its outlet's documents: "(0 documents)" alone read as none.
  test('counts a publisher’s documents through its outlets too', async () => {
    const $ = await readPage('/organisations/');
    expect(normaliseSpace($('#kind-publisher').next('ul').text())).toBe(
      'Positive Media Group (0 documents; 1 through The Link)',
    );
  });

  test('a publisher with no documents of its own points to those of the outlet it owns', async () => {
    const $ = await readPage('/organisations/positive-media-group/');
    const documents = $('main h2').filter((_, heading) => $(heading).text() === 'Documents');
    const text = normaliseSpace(documents.nextAll('p').last().text());
    expect(text).toBe('No documents on this site under its own name: see those of The Link.');
    expect(documents.nextAll('p').last().find('a').attr('href')).toBe('/organisations/the-link/');
  });

  test('the footer of every page links both lists', async () => {
    const $ = await readPage('/');
    const footer = $('footer a')
      .toArray()
      .map((link) => $(link).attr('href'));
    expect(footer).toEqual(expect.arrayContaining(['/people/', '/organisations/']));
  });
});

describe('a person’s page', () => {
  // The list's byline names the document's issuer or author, not the person.
  test('says what the person is to each document it lists', async () => {
    const notes = async (id: string) => {
      const $ = await readPage(`/people/${id}/`);
      return $('main ul.document-list > li')
        .toArray()
        .map((li) => normaliseSpace($(li).find('.note').text()));
    };
    expect(await notes('philip-wilkinson')).toEqual([
      'Philip Wilkinson wrote it.',
      'Philip Wilkinson is quoted in it.',
    ]);
    expect(await notes('wendy-williams')).toEqual(['Wendy Williams led its inspection.']);
  });
});

describe('an organisation’s page', () => {
  // Danny Kruger MP's statement prints the PCC's full response: it is issued by no
  // organisation, but its reader on the PCC office's page must find it there.
  test('lists a document quoting its people in their role then, saying why it is there', async () => {
    const $ = await readPage('/organisations/opcc-wiltshire-swindon/');
    const items = $('main ul.document-list > li').toArray();
    const titles = items.map((li) => normaliseSpace($(li).find('h3').text()));
    expect(titles).toEqual([
      'Response of the Police and Crime Commissioner of Wiltshire and Swindon to the HMICFRS report: National Child Protection Inspection Post-Inspection Review April 2023',
      "Danny Kruger MP on the National Child Protection Inspection report, with the PCC's response",
    ]);
    const notes = items.map((li) => normaliseSpace($(li).find('.note').text()));
    expect(notes).toEqual([
      '',
      'Listed here because it quotes Philip Wilkinson, Police and Crime Commissioner for Wiltshire and Swindon.',
    ]);
    const counts = await readPage('/organisations/');
    expect(normaliseSpace(counts('#kind-police-and-crime-commissioner').next('ul').text())).toBe(
      'Office of the Police and Crime Commissioner for Wiltshire and Swindon (2 documents)',
    );
  });

  test('lists its people by surname, as /people/ does', async () => {
    const $ = await readPage('/organisations/wiltshire-police/');
    const heading = $('main h2').filter((_, element) => $(element).text() === 'People');
    const names = heading
      .next('ul')
      .find('a')
      .toArray()
      .map((link) => normaliseSpace($(link).text()));
    expect(names.length).toBeGreaterThan(1);
    const surnames = names.map((name) => name.split(' ').at(-1) ?? '');
    expect(surnames).toEqual([...surnames].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });
});
