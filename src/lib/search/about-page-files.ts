/**
 * What each `/search/about/<letter>.json` holds (about-pages.ts): the people,
 * organisations and glossary terms with a word of a name starting with that letter. Build-side
 * only: it reads the whole site, which the search page's script must never bundle.
 */
import { entryById } from '../site/entry-by-id';
import { roleLabel } from '../site/roles';
import { roleDates } from '../site/role-dates';
import { surname } from '../site/sort-names';
import { formatPartialDate } from '../dates/format';
import type { Role } from '../../schemas/person';
import { organisationPath, personPath } from '../site/urls';
import type { SiteContent } from '../site/types';
import type { OrganisationKind } from '../../schemas/organisation';
import { fileKeyOf, nameWords, type AboutPage } from './about-pages';

/** What kind of body an organisation is, after its name: "Wiltshire Police, police force". */
const KIND_WHAT: Record<OrganisationKind, string> = {
  'police-force': 'police force',
  'police-and-crime-commissioner': 'Police and Crime Commissioner’s office',
  inspectorate: 'inspectorate',
  parliament: 'Parliament',
  'news-outlet': 'news outlet',
  publisher: 'publisher',
};

/** Every person, organisation and glossary term, as a search points to its page. */
export function aboutPagesOf(site: SiteContent): AboutPage[] {
  const organisationName = (id: string | undefined) => entryById(site.organisations, id)?.data.name;
  const people = site.people.map(({ id, data }): AboutPage => {
    const roles = data.roles.map((role) => roleText(role, organisationName(role.organisation)));
    return {
      kind: 'person',
      name: data.name,
      // "Pritchard 2023" is about him, as "Kier Pritchard 2023" would be; and a search for
      // a role ("Wiltshire chief constable") finds who held it, with the dates they did. A
      // role's title alone is only part of its name there, so on a national site, where
      // 43 people were a chief constable, "chief constable" shows none of them.
      also: [
        ...(surname(data.name) === data.name ? [] : [surname(data.name)]),
        ...data.roles.map((role) => roleLabel(role, organisationName(role.organisation))),
      ],
      path: personPath(id),
      // Every role, with its dates, as /people/ lists them: a search cannot know which one
      // the reader means, and a role without its end would read as held today.
      what: roles.length > 0 ? roles.join('; ') : (data.description ?? ''),
    };
  });
  const organisations = site.organisations.map(({ id, data }): AboutPage => ({
    kind: 'organisation',
    name: data.name,
    also: data.shortName && data.shortName !== data.name ? [data.shortName] : [],
    path: organisationPath(id),
    what: KIND_WHAT[data.kind],
  }));
  const glossary = site.glossary.map(({ id, data }): AboutPage => ({
    kind: 'glossary',
    name: data.term,
    also: [data.expansion],
    path: `/glossary/#${id}`,
    what: data.expansionNote ? `${data.expansion}; ${data.expansionNote}` : data.expansion,
  }));
  return [...people, ...organisations, ...glossary];
}

/** "Chief Constable, Wiltshire Police, from 5 March 2018 to 26 February 2023". */
function roleText(role: Role, organisationName: string | undefined): string {
  const { parts, note } = roleDates(role);
  const dates = parts.map((part) =>
    typeof part === 'string' ? part : formatPartialDate(part.date),
  );
  return `${roleLabel(role, organisationName)}${dates.join('')}${note ? ` (${note})` : ''}`;
}

/**
 * The pages by file: each page is in the file of every first letter of its names' words,
 * so a search finds it from any of them. Keys in order; pages in the order given.
 */
export function aboutFiles(pages: readonly AboutPage[]): Map<string, AboutPage[]> {
  const files = new Map<string, AboutPage[]>();
  for (const page of pages) {
    const keys = new Set(nameWords([page.name, ...page.also].join(' ')).map(fileKeyOf));
    for (const key of keys) {
      const file = files.get(key);
      if (file) file.push(page);
      else files.set(key, [page]);
    }
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
