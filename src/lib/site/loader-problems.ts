/**
 * What the content loaders could not read (their records in the `loadProblems` collection,
 * load-problems.ts): the problems, in the order `npm run check:content` lists them
 * (documents, then organisations, people, recommendations, the glossary and the themes),
 * and the entries left unread, which the checks across files treat as there
 * (unread-entries.ts).
 */
import type { LoadProblems } from '../content/load-problems';
import { DOCUMENT_COLLECTIONS, YAML_FOLDER_COLLECTIONS } from '../content/collection-layout';
import type { UnreadEntries } from '../integrity/unread-entries';
import type { ContentProblem } from '../markdown/content-error';

/**
 * The collections of one file each, in src/content.config.ts. No entry of theirs is
 * unread by id: a file that fails in part keeps the items that read. A themes file with a
 * problem is flagged as a whole instead (unread-entries.ts).
 */
const LIST_COLLECTIONS = ['glossary', 'themes'];

export interface LoaderProblems {
  problems: ContentProblem[];
  unread: UnreadEntries;
}

export function loaderProblems(
  records: readonly { id: string; data: LoadProblems }[],
): LoaderProblems {
  const byCollection = new Map(records.map(({ id, data }) => [id, data]));
  const unreadIn = (collection: string) => byCollection.get(collection)?.unread ?? [];
  const order = [
    ...Object.keys(DOCUMENT_COLLECTIONS),
    ...Object.keys(YAML_FOLDER_COLLECTIONS),
    ...LIST_COLLECTIONS,
  ];
  return {
    problems: order.flatMap((collection) => byCollection.get(collection)?.problems ?? []),
    unread: {
      documents: Object.entries(DOCUMENT_COLLECTIONS).flatMap(([collection, { type }]) =>
        unreadIn(collection).map((id) => ({ type, id })),
      ),
      organisations: new Set(unreadIn('organisations')),
      people: new Set(unreadIn('people')),
      recommendations: new Set(unreadIn('recommendations')),
      themes: (byCollection.get('themes')?.problems.length ?? 0) > 0,
    },
  };
}
