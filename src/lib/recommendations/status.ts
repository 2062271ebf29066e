/**
 * Who says where a recommendation stands, and whether that is a claim or a verified
 * finding. A force or a PCC saying it has improved is a claim; the inspectorate finding
 * it has is verified. Readers need the two apart, so the side is derived from who says
 * it, never written by an author.
 */
import { entryById } from '../site/entry-by-id';
import { comparePartialDates, type PartialDate } from '../dates/partial-date';
import { roleAt } from '../site/roles';
import type { Entry, SiteContent, SiteDocument } from '../site/types';
import type { AssessmentStatus } from '../../schemas/assessment';
import type { Organisation } from '../../schemas/organisation';
import type { Person } from '../../schemas/person';

export type AssessmentSide = 'claimed' | 'verified';

/**
 * Who makes an assessment: an organisation, or a person of the site with the organisation
 * they held a role at on the assessment's date (roles.ts), if any.
 */
export type Assessor =
  | { kind: 'organisation'; entry: Entry<Organisation> }
  | { kind: 'person'; entry: Entry<Person>; organisation?: Entry<Organisation> | undefined };

/** An assessment as pages show it: resolved, dated, with its side. */
export interface AssessmentRecord {
  recommendation: string;
  status: AssessmentStatus;
  /** The assessment's own date, or else the document's publication date. */
  date: PartialDate;
  /** Whether `date` is the assessment's own, not its document's. */
  ownDate: boolean;
  doc: SiteDocument;
  /** Position in the document's `assessments:` list, to keep the source order stable. */
  index: number;
  paragraph?: string | undefined;
  note?: string | undefined;
  assessor?: Assessor | undefined;
  side: AssessmentSide;
}

/** The id of whoever makes a document's assessments unless one says otherwise. */
export function defaultAssessorId(doc: SiteDocument): string | undefined {
  return doc.data.issuer ?? doc.data.authors[0];
}

/** The organisation or person with this id, a person with their organisation on `date`. */
export function resolveAssessor(
  id: string | undefined,
  date: PartialDate,
  site: Pick<SiteContent, 'organisations' | 'people'>,
): Assessor | undefined {
  if (id === undefined) return undefined;
  const organisation = entryById(site.organisations, id);
  if (organisation) return { kind: 'organisation', entry: organisation };
  const person = entryById(site.people, id);
  if (!person) return undefined;
  const role = roleAt(person.data, date);
  return {
    kind: 'person',
    entry: person,
    organisation: entryById(site.organisations, role?.organisation),
  };
}

/**
 * Verified only when the inspectorate says it: an inspectorate organisation, or a
 * person who held a role at one on the assessment's date (an HM Inspector). Everyone
 * else claims.
 */
export function sideOf(assessor: Assessor | undefined): AssessmentSide {
  const organisation = assessor?.kind === 'person' ? assessor.organisation : assessor?.entry;
  return organisation?.data.kind === 'inspectorate' ? 'verified' : 'claimed';
}

/** Every assessment in every document, resolved, oldest first. */
export function collectAssessments(
  site: Pick<SiteContent, 'documents' | 'organisations' | 'people'>,
): AssessmentRecord[] {
  const records: AssessmentRecord[] = [];
  for (const doc of site.documents) {
    doc.data.assessments.forEach((assessment, index) => {
      const date = assessment.date ?? doc.data.published;
      const assessor = resolveAssessor(assessment.by ?? defaultAssessorId(doc), date, site);
      records.push({
        recommendation: assessment.recommendation,
        status: assessment.status,
        date,
        ownDate: assessment.date !== undefined,
        doc,
        index,
        paragraph: assessment.paragraph,
        note: assessment.note,
        assessor,
        side: sideOf(assessor),
      });
    });
  }
  return oldestFirst(records);
}

/** Oldest first; same-date assessments keep document and list order so builds are stable. */
export function oldestFirst(records: readonly AssessmentRecord[]): AssessmentRecord[] {
  return [...records].sort(
    (a, b) =>
      comparePartialDates(a.date, b.date) ||
      comparePartialDates(a.doc.data.published, b.doc.data.published) ||
      a.doc.id.localeCompare(b.doc.id) ||
      a.index - b.index,
  );
}

export interface LatestStatus {
  claimed?: AssessmentRecord | undefined;
  verified?: AssessmentRecord | undefined;
}

/**
 * The newest claim and the newest verified finding, side by side. A status from a withdrawn
 * document is left out: its author took it back, so it cannot be where the recommendation
 * stands now, and the one before it (if any) is shown instead. It stays in the history,
 * marked, since it was said.
 */
export function latestStatus(records: readonly AssessmentRecord[]): LatestStatus {
  const ordered = oldestFirst(records).filter((record) => !record.doc.data.withdrawn);
  return {
    claimed: ordered.filter((record) => record.side === 'claimed').at(-1),
    verified: ordered.filter((record) => record.side === 'verified').at(-1),
  };
}
