/**
 * What the search index knows about each page besides its words: the filters a reader
 * can narrow by, the metadata shown with each result, and the key results sort on.
 * Plain data, computed here and rendered by SearchIndexFields.astro, so the rules are
 * unit-tested without Astro.
 */
import { whenWithdrawn } from '../site/withdrawal';
import { entryById } from '../site/entry-by-id';
import { formatPartialDate } from '../dates/format';
import { dateOrderKey, organisationsOf, peopleOf, publicationDay } from '../site/documents';
import type { DateOrderKey } from '../site/date-order-key';
import { documentTypeLabel, TYPE_LABEL } from '../site/labels';
import type { SiteContent, SiteDocument } from '../site/types';
import { themeLabel } from '../site/themes';
import type { IdGroup } from './filter-ids';
import { STANDING_KEY, standingValue } from './standing-filter';

/** The filter groups, in the order the search page shows them. */
export const FILTER_KEYS = [
  'type',
  'organisation',
  'person',
  'year',
  'recommendation',
  'theme',
  STANDING_KEY,
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchIndexFields {
  /** Values per filter group; a page may have several values in one group. */
  filters: Partial<Record<FilterKey, string[]>>;
  /** Shown with each result. `title` comes from the page's h1. */
  meta: {
    /** What the page is: "Statement", or "Report (our summary)" when the words are ours. */
    type: string;
    /** Who it is from: an organisation, or the author when no organisation issued it. */
    organisation?: string;
    /** The date as precisely as it is known: "5 August 2022", "September 2023", "2023". */
    date?: string;
    /** "Withdrawn on 5 March 2024", for a withdrawn document, so no result passes it off as current. */
    withdrawn?: string;
  };
  /**
   * Sort keys, read by the build for search's date order. `date` is the first day the
   * document can have been published (earliest-publication.ts), so partial dates sort
   * without an invented day; a document's page also gives the rest of its date-order key
   * (date-order-key.ts), so search breaks a day's ties as the site's lists do.
   */
  sort: SortKeys;
}

export interface SortKeys {
  date?: string;
  /** `answer` for a response or statement, `report` for a report. */
  kind?: 'answer' | 'report';
  /** The publication date as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string;
  title?: string;
}

type Site = Pick<
  SiteContent,
  'organisations' | 'people' | 'recommendations' | 'documents' | 'themes'
>;

export function documentSearchFields(doc: SiteDocument, site: Site): SearchIndexFields {
  const { data } = doc;
  const organisationName = (id: string | undefined) => entryById(site.organisations, id)?.data.name;
  const personName = (id: string) => entryById(site.people, id)?.data.name;
  const recommendationTitle = (id: string) => entryById(site.recommendations, id)?.data.title;
  const from = organisationName(data.issuer);
  const authors = known(data.authors.map(personName));
  return {
    filters: {
      type: [TYPE_LABEL[doc.type].one],
      // The organisations its page lists it under: issuer, outlet, the force a report is
      // about, and the organisations of the people who wrote it or are quoted in it.
      organisation: unique(known(organisationsOf(doc, site.people).map(organisationName))),
      person: unique(known(peopleOf(doc).map(personName))),
      year: [String(data.published.year)],
      recommendation: unique(
        known(doc.crossLinks.map((link) => recommendationTitle(link.recommendation))),
      ),
      theme: unique(data.themes.map((id) => themeLabel(site.themes, id))),
      standing: [standingValue(data.withdrawn !== undefined)],
    },
    meta: {
      // A summary's words are ours: a journalist must not quote its excerpt as the report's.
      type: documentTypeLabel(doc),
      organisation:
        from ??
        organisationName(data.outlet) ??
        (authors.length > 0 ? authors.join(', ') : undefined),
      date: formatPartialDate(data.published),
      ...(data.withdrawn && { withdrawn: `Withdrawn ${whenWithdrawn(data.withdrawn)}` }),
    },
    sort: sortKeys(dateOrderKey(doc, publicationDay(doc, site.documents))),
  };
}

/**
 * Every id the open data and feeds write for a filter group (filter-ids.ts), with the
 * label documentSearchFields gives it, so the search page can take an address built from
 * the data. Organisations, people, recommendations and themes are all listed, not only
 * those on a document: an id the index has no label for is reported as unknown either way.
 */
export function filterLabelsById(site: Site): Record<IdGroup, Record<string, string>> {
  return {
    organisation: Object.fromEntries(site.organisations.map(({ id, data }) => [id, data.name])),
    person: Object.fromEntries(site.people.map(({ id, data }) => [id, data.name])),
    recommendation: Object.fromEntries(
      site.recommendations.map(({ id, data }) => [id, data.title]),
    ),
    theme: Object.fromEntries(site.themes.map(({ id, data }) => [id, data.label])),
  };
}

/** A document's date-order key (date-order-key.ts) as the page writes it for the build to read back. */
function sortKeys({ day, answers, published, title }: DateOrderKey): SortKeys {
  return { date: day, kind: answers ? 'answer' : 'report', published: published.iso, title };
}

function known(values: (string | undefined)[]): string[] {
  return values.filter((value): value is string => value !== undefined && value !== '');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
