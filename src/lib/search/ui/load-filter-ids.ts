/**
 * The search page's download of labels by id (filter-ids.ts): for each value an address
 * holds that the index's labels do not match, the one file its id would be in (or the id
 * made from it, when it is a name), fetched the first time it is needed and then kept.
 */
import {
  asId,
  fileOfId,
  filterIdsPath,
  isIdGroup,
  isLabelsById,
  type FilterIdFiles,
  type IdGroup,
  type LabelsById,
} from '../filter-ids';
import type { UnknownFilter } from '../search-state';
import { slugFromTitle } from '../../authoring/slug';
import { fetchSiteJson } from './fetch-site-json';
import { loadOncePerFile } from './load-once';

export type LabelsByGroup = Partial<Record<IdGroup, LabelsById>>;

/**
 * Loads the labels of the files the values could be in. A file that cannot be had gives
 * none, so its values are reported as unknown as any other would be, and the next search
 * tries it again.
 */
export function filterIdsLoader(
  files: FilterIdFiles,
): (values: readonly UnknownFilter[]) => Promise<LabelsByGroup> {
  const load = loadOncePerFile(fetchLabelsById, {});
  return async (values) => {
    const paths = new Map<string, IdGroup>();
    for (const { key, value } of values) {
      if (!isIdGroup(key)) continue;
      // A value is an id, or a name the id was made from ("Catherine Roper": catherine-roper).
      for (const id of new Set([asId(value), asId(slugFromTitle(value))]))
        if (id !== undefined) paths.set(filterIdsPath(key, fileOfId(id, files[key] ?? 1)), key);
    }
    const loaded = await Promise.all(
      [...paths].map(async ([path, group]) => ({ group, file: await load(path) })),
    );
    const labels: LabelsByGroup = {};
    // A group's files hold different ids, so two of them merge without a clash.
    for (const { group, file } of loaded) labels[group] = { ...labels[group], ...file };
    return labels;
  };
}

const fetchLabelsById = (path: string): Promise<LabelsById> =>
  fetchSiteJson(path, isLabelsById, 'labels by id');
