import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  aboutFilePath,
  aboutMatches,
  fileKeysFor,
  isAboutFile,
  MOST_ABOUT_PAGES,
  nameWords,
  nearAboutMatches,
  type AboutPage,
} from '../../../src/lib/search/about-pages';
import { aboutFiles, aboutPagesOf } from '../../../src/lib/search/about-page-files';
import { aboutPagesFinder } from '../../../src/lib/search/ui/about-pages-box';
import { date, glossaryTerm, organisation, person, site } from '../../support/content-builders';

const PRITCHARD: AboutPage = {
  kind: 'person',
  name: 'Kier Pritchard',
  also: [],
  path: '/people/kier-pritchard/',
  what: 'Chief Constable, Wiltshire Police',
};
const FORCE: AboutPage = {
  kind: 'organisation',
  name: 'Wiltshire Police',
  also: [],
  path: '/organisations/wiltshire-police/',
  what: 'police force',
};
const OPCC: AboutPage = {
  kind: 'organisation',
  name: 'Office of the Police and Crime Commissioner for Wiltshire and Swindon',
  also: ['OPCC'],
  path: '/organisations/opcc-wiltshire-swindon/',
  what: 'Police and Crime Commissioner’s office',
};
const CAIT: AboutPage = {
  kind: 'glossary',
  name: 'CAIT',
  also: ['Child Abuse Investigation Team'],
  path: '/glossary/#cait',
  what: 'Child Abuse Investigation Team',
};
const CSE: AboutPage = {
  kind: 'glossary',
  name: 'CSE',
  also: ['child sexual exploitation'],
  path: '/glossary/#cse',
  what: 'child sexual exploitation',
};
const PAGES = [PRITCHARD, FORCE, OPCC, CAIT, CSE];
const names = (query: string, pages: readonly AboutPage[] = PAGES) =>
  aboutMatches(query, pages).map((page) => page.name);

describe('the words a name or a search is matched by', () => {
  test('lower case, without accents, punctuation, single letters or words like "the"', () => {
    expect(nameWords('The Commissioner’s Office of Ynys Môn')).toEqual([
      'commissioner',
      'office',
      'ynys',
      'mon',
    ]);
    expect(nameWords('"Kier  Pritchard" kier')).toEqual(['kier', 'pritchard']);
    expect(nameWords('of the & and')).toEqual([]);
  });

  test('a search needs the files of its words’ first letters, each once', () => {
    expect(fileKeysFor('Kier Pritchard pcc')).toEqual(['k', 'p']);
    expect(fileKeysFor('2023 Ástrid')).toEqual(['2', 'a']);
    expect(fileKeysFor('the')).toEqual([]);
  });
});

describe('the pages a search names', () => {
  test('a name, part of a name or the start of one finds the page', () => {
    expect(names('Kier Pritchard')).toEqual(['Kier Pritchard']);
    expect(names('pritchard')).toEqual(['Kier Pritchard']);
    expect(names('PRITCH')).toEqual(['Kier Pritchard']);
    expect(names('cait')).toEqual(['CAIT']);
    expect(names('child abuse investigation team')).toEqual(['CAIT']);
    expect(names('opcc')).toEqual([
      'Office of the Police and Crime Commissioner for Wiltshire and Swindon',
    ]);
  });

  test('a search with a whole name among other words finds it too', () => {
    expect(names('what did Kier Pritchard say about CAIT')).toEqual(['CAIT', 'Kier Pritchard']);
    expect(names('CSE referrals')).toEqual(['CSE']);
    // A person is named by their surname alone too.
    expect(names('Pritchard 2023', [{ ...PRITCHARD, also: ['Pritchard'] }])).toEqual([
      'Kier Pritchard',
    ]);
  });

  test('a role finds who held it, but not when too many held one of its name', () => {
    const chief = (name: string, force: string) => ({
      ...PRITCHARD,
      name,
      also: [`Chief Constable, ${force} Police`],
      path: `/people/${name}/`,
    });
    const wiltshire = [chief('Kier Pritchard', 'Wiltshire'), chief('Catherine Roper', 'Wiltshire')];
    expect(names('chief constable', wiltshire)).toEqual(['Catherine Roper', 'Kier Pritchard']);
    const national = Array.from({ length: 43 }, (_, n) =>
      chief(`Name${n} Surname${n}`, `Force${n}`),
    );
    expect(names('chief constable', national)).toEqual([]);
    expect(names('Force7 chief constable', national)).toEqual(['Name7 Surname7']);
  });

  test('short words must be whole: "ca" and "cai" are no acronym', () => {
    expect(names('ca')).toEqual([]);
    expect(names('cai')).toEqual([]);
    expect(names('cse')).toEqual(['CSE']);
  });

  test('a word that is a small part of a long name does not find it', () => {
    // "child" is one word of four in CAIT's expansion and one of three in CSE's.
    expect(names('child')).toEqual([]);
    expect(names('police')).toEqual(['Wiltshire Police']);
    expect(names('children missing from home')).toEqual([]);
  });

  test('a name in full hides the names the search is only part of; several are in order of name', () => {
    const sentinel = { ...CSE, name: 'Sentinel', also: ['A Wiltshire Police team name'] };
    expect(names('police', [FORCE, sentinel])).toEqual(['Wiltshire Police']);
    expect(names('wiltshire police', [FORCE, sentinel, OPCC])).toEqual(['Wiltshire Police']);
    const smiths = ['Bob Smith', 'Ann Smith', 'Smith'].map((name, n) => ({
      ...PRITCHARD,
      name,
      path: `/people/${n}/`,
    }));
    expect(names('smith', smiths)).toEqual(['Smith']);
    expect(names('smi', smiths)).toEqual([]);
    expect(names('smit', smiths)).toEqual(['Ann Smith', 'Bob Smith', 'Smith']);
  });

  test('a word in too many names to mean one of them finds none, unless it names some in full', () => {
    const forces = Array.from({ length: MOST_ABOUT_PAGES + 1 }, (_, n) => ({
      ...FORCE,
      name: `Force${n} Police`,
      path: `/organisations/force-${n}/`,
    }));
    expect(names('police', forces.slice(0, MOST_ABOUT_PAGES))).toHaveLength(MOST_ABOUT_PAGES);
    expect(names('police', forces)).toEqual([]);
    expect(names('force3 police', forces)).toEqual(['Force3 Police']);
  });

  test('a page in several of the files a search reads is shown once', () => {
    expect(names('kier pritchard', [PRITCHARD, PRITCHARD])).toEqual(['Kier Pritchard']);
  });

  test('only a list of pages is taken from a fetched file', () => {
    expect(isAboutFile([PRITCHARD, CAIT])).toBe(true);
    expect(isAboutFile({ pages: [PRITCHARD] })).toBe(false);
    expect(isAboutFile([{ ...PRITCHARD, kind: 'recommendation' }])).toBe(false);
    expect(isAboutFile([{ ...PRITCHARD, path: 'https://example.org/' }])).toBe(false);
    expect(isAboutFile([{ ...PRITCHARD, also: [1] }])).toBe(false);
  });
});

describe('names a search nearly gives', () => {
  const near = (query: string, pages: readonly AboutPage[] = PAGES) =>
    nearAboutMatches(query, pages).map((page) => page.name);

  test('a name with a letter left out, added, changed or two swapped', () => {
    expect(near('Prichard')).toEqual(['Kier Pritchard']);
    expect(near('pritchart')).toEqual(['Kier Pritchard']);
    expect(near('kier pritchadr')).toEqual(['Kier Pritchard']);
    expect(near('Wiltshir Polise')).toEqual(['Wiltshire Police']);
  });

  test('not a short word, where one slip makes another acronym, nor a word too far off', () => {
    expect(near('csa')).toEqual([]);
    expect(near('pickard')).toEqual([]);
    expect(near('zzz')).toEqual([]);
  });

  test('none when too many names are near to mean one of them', () => {
    const forces = Array.from({ length: MOST_ABOUT_PAGES + 1 }, (_, n) => ({
      ...FORCE,
      name: `Force${n} Policing`,
      path: `/organisations/force-${n}/`,
    }));
    expect(near('polcing', forces.slice(0, 2))).toEqual(['Force0 Policing', 'Force1 Policing']);
    expect(near('polcing', forces)).toEqual([]);
  });
});

describe('the files the build writes', () => {
  const content = site({
    organisations: [
      {
        ...organisation('opcc', 'police-and-crime-commissioner'),
        data: {
          ...organisation('opcc', 'police-and-crime-commissioner').data,
          name: 'Office of the Police and Crime Commissioner',
          shortName: 'OPCC',
        },
      },
      {
        ...organisation('force', 'police-force'),
        data: { ...organisation('force', 'police-force').data, name: 'Wiltshire Police' },
      },
    ],
    people: [
      {
        ...person('kier-pritchard'),
        data: {
          ...person('kier-pritchard').data,
          name: 'Kier Pritchard',
          roles: [
            {
              title: 'Chief Constable',
              organisation: 'force',
              from: date('2018-03-05'),
              to: date('2023-02-26'),
            },
          ],
        },
      },
      {
        ...person('jamie-hill'),
        data: {
          ...person('jamie-hill').data,
          name: 'Jamie Hill',
          description: 'Author of an article.',
        },
      },
    ],
    glossary: [glossaryTerm('cait', 'CAIT', 'Child Abuse Investigation Team')],
  });

  test('every person, organisation and glossary term, with its address and what it is', () => {
    expect(aboutPagesOf(content)).toEqual([
      // His surname alone too ("Pritchard 2023"), and his role with its dates: it ended.
      {
        ...PRITCHARD,
        also: ['Pritchard', 'Chief Constable, Wiltshire Police'],
        what: 'Chief Constable, Wiltshire Police, from 5 March 2018 to 26 February 2023',
      },
      // Without a role, what the site says of him.
      {
        kind: 'person',
        name: 'Jamie Hill',
        also: ['Hill'],
        path: '/people/jamie-hill/',
        what: 'Author of an article.',
      },
      {
        kind: 'organisation',
        name: 'Office of the Police and Crime Commissioner',
        also: ['OPCC'],
        path: '/organisations/opcc/',
        what: 'Police and Crime Commissioner’s office',
      },
      { ...FORCE, path: '/organisations/force/' },
      CAIT,
    ]);
  });

  test('a glossary term whose sources spell it out differently is never shown without the note', () => {
    const thrive = glossaryTerm('thrive', 'THRIVE', 'Threat, Harm, Risk, Engagement');
    const noted = {
      ...content,
      glossary: [
        {
          ...thrive,
          data: { ...thrive.data, expansionNote: 'the response ends it with "Evaluation".' },
        },
      ],
    };
    expect(aboutPagesOf(noted).find((page) => page.kind === 'glossary')).toMatchObject({
      name: 'THRIVE',
      // Searching the expansion still finds the term.
      also: ['Threat, Harm, Risk, Engagement'],
      what: 'Threat, Harm, Risk, Engagement; the response ends it with "Evaluation".',
    });
  });

  test('a page is in the file of each first letter of its names’ words, so any of them finds it', () => {
    const pages = aboutPagesOf(content);
    const files = aboutFiles(pages);
    expect([...files.keys()]).toEqual(['a', 'c', 'h', 'i', 'j', 'k', 'o', 'p', 't', 'w']);
    const inFile = (key: string) => files.get(key)!.map((page) => page.name);
    expect(inFile('p')).toEqual([
      'Kier Pritchard',
      'Office of the Police and Crime Commissioner',
      'Wiltshire Police',
    ]);
    // His role's words too: "Chief Constable, Wiltshire Police".
    expect(inFile('c')).toEqual([
      'Kier Pritchard',
      'Office of the Police and Crime Commissioner',
      'CAIT',
    ]);
    for (const page of pages)
      for (const key of fileKeysFor([page.name, ...page.also].join(' ')))
        expect(files.get(key)).toContain(page);
  });
});

describe('the search page’s lookup', () => {
  afterEach(() => vi.unstubAllGlobals());

  function serve(files: Map<string, AboutPage[]>, failing = new Set<string>()) {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      if (failing.delete(url)) return new Response(null, { status: 503 });
      const key = /\/search\/about\/(.)\.json$/.exec(url)?.[1];
      const file = key === undefined ? undefined : files.get(key);
      return file ? Response.json(file) : new Response(null, { status: 404 });
    });
    return asked;
  }

  test('fetches each letter’s file once, and none the site does not have', async () => {
    const files = aboutFiles(PAGES);
    const asked = serve(files);
    const find = aboutPagesFinder([...files.keys()].join(''));
    expect(await find('Kier Pritchard')).toEqual({ named: [PRITCHARD], near: [] });
    expect(await find('pritchard zebra')).toEqual({ named: [], near: [] });
    // A name with a slip of typing is offered only when nothing is named.
    expect(await find('Prichard')).toEqual({ named: [], near: [PRITCHARD] });
    expect(asked).toEqual([aboutFilePath('k'), aboutFilePath('p')]);
  });

  test('a file that cannot be had shows nothing, and is asked for again next time', async () => {
    const files = aboutFiles(PAGES);
    const asked = serve(files, new Set([aboutFilePath('c')]));
    const find = aboutPagesFinder([...files.keys()].join(''));
    expect(await find('cait')).toEqual({ named: [], near: [] });
    expect(await find('cait')).toEqual({ named: [CAIT], near: [] });
    expect(asked).toEqual([aboutFilePath('c'), aboutFilePath('c')]);
  });
});
