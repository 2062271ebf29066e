/**
 * What the search page calls each filter group: its legend above the boxes, and the words
 * that name its values in sentences ("12 of 16,000 recommendations", "with type “Report”").
 */
import type { FilterKey } from './index-fields';

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

export const FILTER_NAMES: Record<FilterKey, FilterNames> = {
  type: { legend: 'Type', one: 'type', many: 'types', find: 'Find a type' },
  // Every organisation a document involves, as its page lists them (organisationsOf).
  organisation: {
    legend: 'Organisation',
    one: 'organisation',
    many: 'organisations',
    find: 'Find an organisation',
  },
  person: { legend: 'Person', one: 'person', many: 'people', find: 'Find a person' },
  year: { legend: 'Year', one: 'year', many: 'years', find: 'Find a year' },
  recommendation: {
    legend: 'Recommendation',
    one: 'recommendation',
    many: 'recommendations',
    find: 'Find a recommendation',
  },
  theme: { legend: 'Theme', one: 'theme', many: 'themes', find: 'Find a theme' },
  // Whether it still stands or was withdrawn (standing-filter.ts). Two values: never a
  // long group, but named like the others.
  standing: { legend: 'Standing', one: 'standing', many: 'standings', find: 'Find a standing' },
};
