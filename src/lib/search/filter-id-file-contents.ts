/**
 * What each filter-id file holds (filter-ids.ts): per group, file n's labels by id is
 * element n. The route writes these files and the render cache keys each by its own
 * contents (page-inputs.ts), so both take them from here. Build-side only: it reads the
 * whole site, which the search page's script must never bundle.
 */
import { ID_GROUPS, splitIntoFiles, type IdGroup } from './filter-ids';
import { filterLabelsById } from './index-fields';
import type { SiteContent } from '../site/types';

export type FilterIdFileContents = Record<IdGroup, Record<string, string>[]>;

export function filterIdFileContents(site: SiteContent): FilterIdFileContents {
  const labels = filterLabelsById(site);
  return Object.fromEntries(
    ID_GROUPS.map((group) => [group, splitIntoFiles(labels[group])]),
  ) as FilterIdFileContents;
}
