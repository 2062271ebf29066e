/**
 * The site's open data and feeds name organisations, people, recommendations and themes
 * by id (`opcc-wiltshire-swindon`), while search filters by the labels readers see
 * ("Office of the Police and Crime Commissioner for Wiltshire and Swindon"). So that a
 * search address built from the data works, the build writes each such group's ids with
 * their labels (filterLabelsById in index-fields.ts), and the search page fetches them
 * only when an address holds a value that none of the index's labels match
 * (withKnownFilters in search-state.ts): every other search costs nothing.
 *
 * A group's ids are split over files of about IDS_PER_FILE by a hash of the id, so one
 * id costs one small file however large the site: the bench's national corpus has 16,000
 * recommendations, 242 KB compressed in one file, 9–10 KB in each of 32. The search page's
 * form says how many files each group has (FILTER_ID_FILES_ATTRIBUTE); the files are
 * `/search/filter-ids/<group>/<n>.json`.
 */
import type { FilterKey } from './index-fields';

/** The filter groups the open data writes as ids. It writes types and years as the index does, but for case. */
export const ID_GROUPS = ['organisation', 'person', 'recommendation', 'theme'] as const;
export type IdGroup = (typeof ID_GROUPS)[number];

/** A group's labels by id: `{ "opcc-wiltshire-swindon": "Office of the Police and …" }`. */
export type LabelsById = Readonly<Record<string, string>>;

/** How many files each group's ids are split over. */
export type FilterIdFiles = Partial<Record<IdGroup, number>>;

export const IDS_PER_FILE = 500;

/** On the search form: `organisation:1 person:1 recommendation:32 theme:1`. */
export const FILTER_ID_FILES_ATTRIBUTE = 'data-filter-id-files';

export function isIdGroup(key: FilterKey): key is IdGroup {
  return (ID_GROUPS as readonly string[]).includes(key);
}

/** Where the site serves a file of a group's labels by id (under the site's base). */
export function filterIdsPath(group: IdGroup, file: number): string {
  return `/search/filter-ids/${group}/${file}.json`;
}

export function fileCountFor(ids: number): number {
  return Math.max(1, Math.ceil(ids / IDS_PER_FILE));
}

/** The file an id is in: its 32-bit FNV-1a hash, modulo the group's file count. */
export function fileOfId(id: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash % Math.max(1, files);
}

/** A group's labels by id, split into its files (fileCountFor): file n is element n. */
export function splitIntoFiles(labels: LabelsById): Record<string, string>[] {
  const count = fileCountFor(Object.keys(labels).length);
  const files = Array.from({ length: count }, (): Record<string, string> => ({}));
  for (const [id, label] of Object.entries(labels)) files[fileOfId(id, count)]![id] = label;
  return files;
}

/**
 * An address's value as the id it would be, or undefined when it cannot be one (ids are
 * lower-case words and digits joined by hyphens), so a changed title is not looked up.
 */
export function asId(value: string): string | undefined {
  const id = value.trim().toLowerCase();
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : undefined;
}

/** The form's attribute for the site's labels by id: how many files each group has. */
export function writeFilterIdFiles(labels: Readonly<Record<IdGroup, LabelsById>>): string {
  return ID_GROUPS.map(
    (group) => `${group}:${fileCountFor(Object.keys(labels[group]).length)}`,
  ).join(' ');
}

/** The form's file counts; a group it does not give (or gives wrongly) has one file. */
export function readFilterIdFiles(attribute: string | null): FilterIdFiles {
  const files: FilterIdFiles = {};
  for (const pair of (attribute ?? '').split(' ')) {
    const [group = '', count = ''] = pair.split(':');
    if (isIdGroup(group as FilterKey) && /^[1-9]\d*$/.test(count))
      files[group as IdGroup] = Number(count);
  }
  return files;
}

/** Whether a fetched file is labels by id (a stale or foreign file must not change a search). */
export function isLabelsById(value: unknown): value is LabelsById {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((label) => typeof label === 'string')
  );
}
