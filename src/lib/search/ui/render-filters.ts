/**
 * The filter groups as native checkboxes in fieldsets, each value with the number of
 * results it would give. Checkbox names and values are the URL's parameters, so the
 * same form also describes the search when read back from the address bar.
 *
 * A long group (a national index's recommendations, organisations and people) shows only
 * some of its values, chosen by long-filter-groups.ts, and a box to find the others by
 * their words. Ticked values are always shown, so the boxes on the page are still the
 * whole search.
 */
import { FILTER_KEYS, type FilterKey } from '../index-fields';
import { SHORT_GROUP_SIZE, valuesToShow } from '../long-filter-groups';
import type { FilterCounts } from '../pagefind-api';
import type { SearchState } from '../search-state';
import { element } from './render-result';
import { describeShown } from '../long-group-status';
import { FILTER_NAMES } from '../filter-names';

/** Types in the site's usual order, years newest first, everything else A–Z. */
function orderValues(key: FilterKey, values: string[]): string[] {
  if (key === 'type') {
    const order = ['Report', 'Statement', 'Response'];
    return [...values].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  }
  if (key === 'year') return [...values].sort((a, b) => b.localeCompare(a));
  return [...values].sort((a, b) => a.localeCompare(b));
}

function rank(order: string[], value: string): number {
  const index = order.indexOf(value);
  return index < 0 ? order.length : index;
}

/** A long group's values and the parts of it that change as the reader searches. */
interface LongGroup {
  key: FilterKey;
  ordered: string[];
  /** Rows drawn so far, kept so a ticked box is the same element (and keeps focus) when redrawn. */
  rows: Map<string, HTMLElement>;
  options: HTMLElement;
  find: HTMLInputElement;
  status: HTMLElement;
  counts: Record<string, number>;
}

const longGroups = new WeakMap<HTMLElement, LongGroup[]>();

/** Builds the fieldsets once, from every value in the index. */
export function renderFilterGroups(container: HTMLElement, all: FilterCounts): void {
  container.replaceChildren();
  const long: LongGroup[] = [];
  for (const key of FILTER_KEYS) {
    const values = Object.keys(all[key] ?? {});
    if (values.length === 0) continue;
    const fieldset = element('fieldset', 'search-filter');
    fieldset.append(element('legend', undefined, FILTER_NAMES[key].legend));
    const ordered = orderValues(key, values);
    if (ordered.length > SHORT_GROUP_SIZE) long.push(renderLongGroup(fieldset, key, ordered));
    else ordered.forEach((value, position) => fieldset.append(option(key, value, position)));
    container.append(fieldset);
  }
  longGroups.set(container, long);
}

function option(key: FilterKey, value: string, position: number): HTMLElement {
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
  return row;
}

function renderLongGroup(fieldset: HTMLElement, key: FilterKey, ordered: string[]): LongGroup {
  const findId = `filter-${key}-find`;
  const statusId = `filter-${key}-shown`;
  const label = element('label', 'search-filter__find-label', FILTER_NAMES[key].find);
  label.htmlFor = findId;
  const find = element('input', 'search-filter__find');
  find.type = 'search';
  find.id = findId;
  // No name: what is typed here finds values to tick, it is not part of the search.
  find.autocomplete = 'off';
  find.setAttribute('aria-describedby', statusId);
  const status = element('p', 'search-filter__shown');
  status.id = statusId;
  status.setAttribute('role', 'status');
  const options = element('div', 'search-filter__options');
  fieldset.append(label, find, status, options);
  const group: LongGroup = { key, ordered, rows: new Map(), options, find, status, counts: {} };
  find.addEventListener('input', () => drawLongGroup(group, tickedIn(group)));
  return group;
}

function tickedIn(group: LongGroup): Set<string> {
  const boxes = group.options.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  return new Set([...boxes].filter((box) => box.checked).map((box) => box.value));
}

function drawLongGroup(group: LongGroup, ticked: ReadonlySet<string>): void {
  const find = group.find.value.trim();
  const { values, shown, candidates } = valuesToShow(group.ordered, group.counts, ticked, find);
  const rows = values.map((value) => {
    let row = group.rows.get(value);
    if (!row) {
      row = option(group.key, value, group.ordered.indexOf(value));
      group.rows.set(value, row);
    }
    const box = row.querySelector('input')!;
    tickAndCount(box, ticked.has(value), group.counts[value] ?? 0);
    return row;
  });
  // Redrawing detaches the rows; a box the reader just ticked must keep the focus.
  const focused = document.activeElement;
  group.options.replaceChildren(...rows);
  if (focused instanceof HTMLElement && focused !== document.activeElement) focused.focus();
  // A status line is announced when it changes: not again after every search that left it as it was.
  const status = describeShown(
    FILTER_NAMES[group.key],
    group.ordered.length,
    shown,
    candidates,
    find,
  );
  if (group.status.textContent !== status) group.status.textContent = status;
}

function tickAndCount(box: HTMLInputElement, checked: boolean, count: number): void {
  box.checked = checked;
  // Found through the row, not `box.labels`: a long group's new rows are not on the page yet.
  const row = box.closest('.search-filter__option');
  const label = row?.querySelector('.search-filter__count');
  if (label) label.textContent = `(${count})`;
  row?.classList.toggle('search-filter__option--empty', count === 0 && !checked);
}

/** Ticks the boxes the state names and writes each value's count. */
export function updateFilterGroups(
  container: HTMLElement,
  state: SearchState,
  counts: FilterCounts,
): void {
  const long = longGroups.get(container) ?? [];
  for (const group of long) {
    group.counts = counts[group.key] ?? {};
    drawLongGroup(group, new Set(state.filters[group.key] ?? []));
  }
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (long.some((group) => group.options.contains(box))) continue;
    const key = box.name as FilterKey;
    tickAndCount(
      box,
      state.filters[key]?.includes(box.value) ?? false,
      counts[key]?.[box.value] ?? 0,
    );
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
