/**
 * The filter groups as native checkboxes in fieldsets, each value with the number of
 * results it would give. Checkbox names and values are the URL's parameters, so the
 * same form also describes the search when read back from the address bar.
 */
import { FILTER_KEYS, type FilterKey } from '../index-fields';
import type { FilterCounts } from '../pagefind-api';
import type { SearchState } from '../search-state';
import { element } from './render-result';

const LEGENDS: Record<FilterKey, string> = {
  type: 'Type',
  organisation: 'From',
  person: 'Person',
  year: 'Year',
  recommendation: 'Recommendation',
  theme: 'Theme',
};

/** Types in the site's usual order, years newest first, everything else A–Z. */
function orderValues(key: FilterKey, values: string[]): string[] {
  if (key === 'type') {
    const order = ['Report', 'Statement', 'Response', 'Recommendation'];
    return [...values].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  }
  if (key === 'year') return [...values].sort((a, b) => b.localeCompare(a));
  return [...values].sort((a, b) => a.localeCompare(b));
}

function rank(order: string[], value: string): number {
  const index = order.indexOf(value);
  return index < 0 ? order.length : index;
}

/** Builds the fieldsets once, from every value in the index. */
export function renderFilterGroups(container: HTMLElement, all: FilterCounts): void {
  container.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = Object.keys(all[key] ?? {});
    if (values.length === 0) continue;
    const fieldset = element('fieldset', 'search-filter');
    fieldset.append(element('legend', undefined, LEGENDS[key]));
    orderValues(key, values).forEach((value, position) => {
      const id = `filter-${key}-${position}`;
      const row = element('div', 'search-filter__option');
      const box = element('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.id = id;
      const label = element('label');
      label.htmlFor = id;
      label.append(
        element('span', 'search-filter__value', value),
        ' ',
        element('span', 'search-filter__count'),
      );
      row.append(box, label);
      fieldset.append(row);
    });
    container.append(fieldset);
  }
}

/** Ticks the boxes the state names and writes each value's count. */
export function updateFilterGroups(
  container: HTMLElement,
  state: SearchState,
  counts: FilterCounts,
): void {
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const key = box.name as FilterKey;
    box.checked = state.filters[key]?.includes(box.value) ?? false;
    const count = counts[key]?.[box.value] ?? 0;
    const label = box.labels?.[0]?.querySelector('.search-filter__count');
    if (label) label.textContent = `(${count})`;
    box
      .closest('.search-filter__option')
      ?.classList.toggle('search-filter__option--empty', count === 0 && !box.checked);
  }
}

export function readFilterGroups(container: HTMLElement): SearchState['filters'] {
  const filters: SearchState['filters'] = {};
  for (const box of container.querySelectorAll<HTMLInputElement>(
    'input[type="checkbox"]:checked',
  )) {
    const key = box.name as FilterKey;
    (filters[key] ??= []).push(box.value);
  }
  return filters;
}
