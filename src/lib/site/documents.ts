/**
 * Questions pages ask about documents: in what order, what relates to what, when last
 * changed.
 */
import { comparePartialDates, latestDay, type PartialDate } from '../dates/partial-date';
import type { Entry, ReportDocument, SiteContent, SiteDocument } from './types';
import type { Person } from '../../schemas/person';
import { roleAt } from './roles';
import { entryById } from './entry-by-id';
import { alphabetical } from './sort-names';
import { groupBy } from './group-by';
import { earliestPublicationDay } from './earliest-publication';
import { compareNewestFirst, type DateOrderKey } from './date-order-key';

/**
 * Newest first, by the first day each document can have been published
 * (earliest-publication.ts), as the feeds and the timeline date them: the 2023 review,
 * known only as "2023", sorts after its April visit, not on 1 January. Ties are broken as
 * search breaks them (date-order-key.ts).
 *
 * @param all every document on the site, among which `documents` find the reports they
 *   answer; the first days of all of them are worked out once per list.
 */
export function newestFirst<Doc extends SiteDocument>(
  documents: readonly Doc[],
  all: readonly SiteDocument[] = documents,
): Doc[] {
  const keyed = documents.map((doc) => ({ doc, key: dateOrderKey(doc, publicationDay(doc, all)) }));
  return keyed.sort((a, b) => compareNewestFirst(a.key, b.key)).map(({ doc }) => doc);
}

/** A document's place in the date order, given the first day it can have been published. */
export function dateOrderKey(doc: SiteDocument, day: string): DateOrderKey {
  return {
    day,
    answers: doc.type !== 'report',
    published: doc.data.published,
    title: doc.data.title,
  };
}

/**
 * The first day `doc` can have been published (earliest-publication.ts), worked out once
 * for each document of `all` and kept while `all` is: lists and feeds ask for the same
 * days again and again.
 */
export function publicationDay(doc: SiteDocument, all: readonly SiteDocument[]): string {
  return publicationDays(all).get(doc) ?? earliestPublicationDay(doc, all);
}

const publicationDayCache = new WeakMap<readonly SiteDocument[], Map<SiteDocument, string>>();

function publicationDays(all: readonly SiteDocument[]): Map<SiteDocument, string> {
  let days = publicationDayCache.get(all);
  if (!days) {
    days = new Map(all.map((doc) => [doc, earliestPublicationDay(doc, all)]));
    publicationDayCache.set(all, days);
  }
  return days;
}

/** A–Z by title, as a reader would look them up: case and accents ignored. */
export function byTitle<Doc extends SiteDocument>(documents: readonly Doc[]): Doc[] {
  return [...documents].sort((a, b) => alphabetical(a.data.title, b.data.title));
}

/** The date of the latest change or withdrawal, when the document has had one since publication. */
export function lastUpdated(doc: SiteDocument): PartialDate | undefined {
  const dates = [
    ...doc.data.changes.map((change) => change.date),
    ...(doc.data.withdrawn ? [doc.data.withdrawn.date] : []),
  ].sort(comparePartialDates);
  return dates.at(-1);
}

export interface Relation {
  doc: SiteDocument;
  /** Why it is related, read as "<this document> …": e.g. "responds to". */
  relation: string;
}

/** What a document answers: a report's earlier report, or the reports a response or statement responds to. */
export function answeredIds(candidate: SiteDocument): string[] {
  if (candidate.type === 'report')
    return candidate.data.followsUp ? [candidate.data.followsUp] : [];
  return candidate.data.respondsTo;
}

/** A response or statement: a document that responds to reports. */
export type Responder = Exclude<SiteDocument, ReportDocument>;

interface RelationIndex {
  reports: Map<string, ReportDocument>;
  /** For each report id, the responses and statements that respond to it, in the list's order. */
  respondedToBy: Map<string, Responder[]>;
  /** For each report id, the documents that answer it, newest first. */
  answeredBy: Map<string, SiteDocument[]>;
}

/**
 * Built once per list of documents, not once per page: with thousands of documents,
 * scanning (and sorting) them all for every page made the build quadratic.
 */
const relationIndexes = new WeakMap<readonly SiteDocument[], RelationIndex>();

function relationIndex(all: readonly SiteDocument[]): RelationIndex {
  let index = relationIndexes.get(all);
  if (index) return index;
  index = {
    reports: new Map(
      all.filter((doc): doc is ReportDocument => doc.type === 'report').map((doc) => [doc.id, doc]),
    ),
    respondedToBy: groupBy(
      all.filter((doc): doc is Responder => doc.type !== 'report'),
      (doc) => doc.data.respondsTo,
    ),
    answeredBy: groupBy(newestFirst(all), answeredIds),
  };
  relationIndexes.set(all, index);
  return index;
}

/** The report with this id among `all`, found in a map built once per list. */
export function reportById(all: readonly SiteDocument[], id: string): ReportDocument | undefined {
  return relationIndex(all).reports.get(id);
}

/** The responses and statements among `all` that respond to this report, in the list's order. */
export function respondersTo(all: readonly SiteDocument[], reportId: string): readonly Responder[] {
  return relationIndex(all).respondedToBy.get(reportId) ?? [];
}

/** Documents linked to this one through respondsTo or followsUp, in either direction. */
export function relatedDocuments(doc: SiteDocument, all: readonly SiteDocument[]): Relation[] {
  const index = relationIndex(all);
  const relations: Relation[] = [];
  for (const id of answeredIds(doc)) {
    const target = index.reports.get(id);
    if (target)
      relations.push({
        doc: target,
        relation: doc.type === 'report' ? 'Follows up' : 'Responds to',
      });
  }
  for (const candidate of index.answeredBy.get(doc.id) ?? []) {
    if (candidate.id === doc.id) continue;
    relations.push({
      doc: candidate,
      relation: candidate.type === 'report' ? 'Followed up by' : 'Answered by',
    });
  }
  return relations;
}

/**
 * The organisations a document involves: its issuer, the outlet that printed it, for a
 * report the force it is about, and the organisation of each person who wrote it, led its
 * inspection or is quoted in it, in the role they held when it was published (roles.ts). So an MP's
 * statement that prints a Commissioner's response in full is listed with the
 * Commissioner's office, not only with the MP.
 */
export function organisationsOf(
  doc: SiteDocument,
  people: readonly Entry<Person>[],
): readonly string[] {
  let byDocument = organisationsCache.get(people);
  if (!byDocument) organisationsCache.set(people, (byDocument = new WeakMap()));
  let ids = byDocument.get(doc);
  if (!ids) {
    const found = [
      ...organisationsNamedIn(doc),
      ...peopleOf(doc).map((id) => organisationAtTheTime(doc, entryById(people, id))),
    ];
    ids = [...new Set(found.filter((id): id is string => id !== undefined))];
    byDocument.set(doc, ids);
  }
  return ids;
}

/**
 * Worked out once per document and list of people, not once per asking: every
 * organisation's page and feed scans all documents, and the search fields, the open data
 * and the render-cache keys ask again, each looking up the role of everyone named.
 */
const organisationsCache = new WeakMap<
  readonly Entry<Person>[],
  WeakMap<SiteDocument, readonly string[]>
>();

/** The organisations a document's frontmatter names: issuer, outlet, and a report's force. */
export function organisationsNamedIn(doc: SiteDocument): string[] {
  const ids = [
    doc.data.issuer,
    doc.data.outlet,
    doc.type === 'report' ? doc.data.force : undefined,
  ];
  return ids.filter((id): id is string => id !== undefined);
}

/**
 * Those of a document's people who speak for an organisation in it, in the role they
 * held when it was published; so a page listing the document can say why it is there
 * when the organisation neither issued nor printed it.
 */
export function peopleSpeakingFor(
  organisationId: string,
  doc: SiteDocument,
  people: readonly Entry<Person>[],
): Entry<Person>[] {
  return [...new Set(peopleOf(doc))]
    .map((id) => entryById(people, id))
    .filter(
      (person): person is Entry<Person> => organisationAtTheTime(doc, person) === organisationId,
    );
}

function organisationAtTheTime(
  doc: SiteDocument,
  person: Entry<Person> | undefined,
): string | undefined {
  return person && roleAt(person.data, doc.data.published)?.organisation;
}

/** The people a document names: those who wrote it, led a report's inspection, or are quoted in it. */
export function peopleOf(doc: SiteDocument): string[] {
  return [...doc.data.authors, ...ledBy(doc), ...doc.data.quoted];
}

/**
 * How many documents involve each id (organisationsOf or peopleOf), counting a document
 * once however often it names the id: what /organisations/ and /people/ show beside each
 * name, and what their render-cache keys hold. One pass, where counting each
 * organisation's or person's documents apart scanned every document once per name.
 */
export function documentCounts(
  all: readonly SiteDocument[],
  idsOf: (doc: SiteDocument) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of all)
    for (const id of new Set(idsOf(doc))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Documents that involve an organisation (organisationsOf). */
export function documentsOfOrganisation(
  id: string,
  site: Pick<SiteContent, 'documents' | 'people'>,
): SiteDocument[] {
  return documentsOfOrganisations([id], site);
}

/** Documents that involve any of the organisations (a group and its parts), each once. */
export function documentsOfOrganisations(
  ids: readonly string[],
  site: Pick<SiteContent, 'documents' | 'people'>,
): SiteDocument[] {
  const involved = new Set(ids);
  return newestFirst(
    site.documents.filter((doc) =>
      organisationsOf(doc, site.people).some((id) => involved.has(id)),
    ),
    site.documents,
  );
}

/** Who led a report's inspection; nobody, for a response or statement. */
export function ledBy(doc: SiteDocument): string[] {
  return doc.type === 'report' ? doc.data.ledBy : [];
}

/** Documents a person wrote, led the inspection of, or is quoted in. */
export function documentsOfPerson(id: string, all: readonly SiteDocument[]): SiteDocument[] {
  return newestFirst(
    all.filter((doc) => peopleOf(doc).includes(id)),
    all,
  );
}

/**
 * The last day the published content could have changed, `YYYY-MM-DD`: the latest
 * publication, change or withdrawal date. Generated files date themselves by it rather than by the
 * build's clock, so the same content always builds to the same bytes.
 */
export function contentLastChanged(documents: readonly SiteDocument[]): string {
  const days = documents.flatMap((doc) => [
    doc.data.published,
    ...doc.data.changes.map((change) => change.date),
    ...(doc.data.withdrawn ? [doc.data.withdrawn.date] : []),
  ]);
  return days.map(latestDay).sort().at(-1) ?? '1970-01-01';
}
