/**
 * Questions pages ask about documents: in what order, what relates to what, when last
 * changed.
 */
import { comparePartialDates, latestDay, type PartialDate } from '../dates/partial-date';
import type { SiteDocument } from './types';

/** Newest first; ties broken by title so the order is stable between builds. */
export function newestFirst<Doc extends SiteDocument>(documents: readonly Doc[]): Doc[] {
  return [...documents].sort(
    (a, b) =>
      comparePartialDates(b.data.published, a.data.published) ||
      a.data.title.localeCompare(b.data.title),
  );
}

/** The date of the latest change, when the document has been changed since publication. */
export function lastUpdated(doc: SiteDocument): PartialDate | undefined {
  const changes = [...doc.data.changes].sort((a, b) => comparePartialDates(a.date, b.date));
  return changes.at(-1)?.date;
}

export interface Relation {
  doc: SiteDocument;
  /** Why it is related, read as "<this document> …": e.g. "responds to". */
  relation: string;
}

/** Documents linked to this one through respondsTo or followsUp, in either direction. */
export function relatedDocuments(doc: SiteDocument, all: readonly SiteDocument[]): Relation[] {
  const answers = (candidate: SiteDocument) =>
    candidate.type === 'report'
      ? candidate.data.followsUp
        ? [candidate.data.followsUp]
        : []
      : candidate.data.respondsTo;
  const relations: Relation[] = [];
  for (const id of answers(doc)) {
    const target = all.find((candidate) => candidate.type === 'report' && candidate.id === id);
    if (target)
      relations.push({
        doc: target,
        relation: doc.type === 'report' ? 'Follows up' : 'Responds to',
      });
  }
  for (const candidate of newestFirst(all)) {
    if (candidate.id === doc.id || !answers(candidate).includes(doc.id)) continue;
    relations.push({
      doc: candidate,
      relation: candidate.type === 'report' ? 'Followed up by' : 'Answered by',
    });
  }
  return relations;
}

/** Documents that involve an organisation: issued, published, or reported on by it. */
export function documentsOfOrganisation(id: string, all: readonly SiteDocument[]): SiteDocument[] {
  return newestFirst(
    all.filter(
      (doc) =>
        doc.data.issuer === id ||
        doc.data.outlet === id ||
        (doc.type === 'report' && doc.data.force === id),
    ),
  );
}

/** Documents a person wrote or is quoted in. */
export function documentsOfPerson(id: string, all: readonly SiteDocument[]): SiteDocument[] {
  return newestFirst(
    all.filter((doc) => doc.data.authors.includes(id) || doc.data.quoted.includes(id)),
  );
}

/**
 * The last day the published content could have changed, `YYYY-MM-DD`: the latest
 * publication or change date. Generated files date themselves by it rather than by the
 * build's clock, so the same content always builds to the same bytes.
 */
export function contentLastChanged(documents: readonly SiteDocument[]): string {
  const days = documents.flatMap((doc) => [
    doc.data.published,
    ...doc.data.changes.map((change) => change.date),
  ]);
  return days.map(latestDay).sort().at(-1) ?? '1970-01-01';
}
