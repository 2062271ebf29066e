/**
 * What the search page calls each filter group: its legend above the boxes, and the words
 * that name its values in sentences ("12 of 16,000 recommendations", "with type “Report”").
 */
import type { FilterKey } from './index-fields';
import { capitalised } from '../text/capitalised';

export interface FilterNames {
  /** The group's legend: "Organisation". */
  legend: string;
  /** One value, in a sentence: "organisation". */
  one: string;
  /** Several: "organisations". */
  many: string;
  /** The label of a long group's box for finding a value: "Find an organisation". */
  find: string;
}

/** A group's names, from how one value and several are called; the rest follows from them. */
function named(one: string, many: string, article: 'a' | 'an' = 'a'): FilterNames {
  return { legend: capitalised(one), one, many, find: `Find ${article} ${one}` };
}

export const FILTER_NAMES: Record<FilterKey, FilterNames> = {
  type: named('type', 'types'),
  // Every organisation a document involves, as its page lists them (organisationsOf).
  organisation: named('organisation', 'organisations', 'an'),
  person: named('person', 'people'),
  year: named('year', 'years'),
  recommendation: named('recommendation', 'recommendations'),
  theme: named('theme', 'themes'),
  // Whether it still stands or was withdrawn (standing-filter.ts). Two values: never a
  // long group, but named like the others.
  standing: named('standing', 'standings'),
};
