/**
 * Cross-collection checks that no single file can make on its own: every reference
 * points at an entry that exists, no slug is used twice, and dates are in an order that
 * could have happened. Astro's own reference() only logs a dangling reference; here each
 * one stops the build with the file, the field and what to write.
 */
import { couldBeOn, isCertainlyBefore } from '../dates/partial-date';
import { formatPartialDate } from '../dates/format';
import type { ContentProblem } from '../markdown/content-error';
import type { Entry, ReportDocument, SiteContent, SiteDocument } from '../site/types';
import { parentCycle } from '../site/organisation-parts';
import { checkRecommendationLinks } from './check-recommendation-links';
import { checkBodyLinks } from './check-body-links';
import { didYouMean, idsToSuggest } from './nearest';
import { unknownRecommendation } from './unknown-recommendation';
import type { SiteAddresses } from './site-addresses';
import { nothingUnread, type UnreadEntries } from './unread-entries';

/**
 * `addresses` are the pages and files the site has besides those its content makes
 * (readSiteAddresses); without them, links in bodies may only lead to the content's own.
 * `unread` are entries whose files failed to read (unread-entries.ts): they exist, and
 * are among the ids suggested, as they would be once they read.
 */
export function checkIntegrity(
  site: SiteContent,
  addresses?: SiteAddresses,
  unread: UnreadEntries = nothingUnread(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const documents = [...site.documents, ...unread.documents];
  const ids = {
    organisation: new Set([
      ...site.organisations.map((entry) => entry.id),
      ...unread.organisations,
    ]),
    person: new Set([...site.people.map((entry) => entry.id), ...unread.people]),
    report: new Set(documents.filter((doc) => doc.type === 'report').map((doc) => doc.id)),
    recommendation: new Set([
      ...site.recommendations.map((entry) => entry.id),
      ...unread.recommendations,
    ]),
    document: new Set(documents.map((doc) => doc.id)),
    theme: new Set(site.themes.map((entry) => entry.id)),
  };
  const reference = (
    entry: Entry<unknown>,
    field: string,
    kind: keyof typeof ids,
    id: string | undefined,
  ): ContentProblem | undefined => {
    if (id === undefined || ids[kind].has(id)) return undefined;
    const problem = {
      file: entry.filePath ?? entry.id,
      field,
      message: `There is no ${kind} "${id}".${didYouMean(ids[kind], id)} Write the id of an existing ${kind} (${idsToSuggest(ids[kind], id)}), or add it to ${whereToAdd[kind]}.`,
    };
    problems.push(problem);
    return problem;
  };

  for (const organisation of site.organisations) {
    reference(organisation, 'parent', 'organisation', organisation.data.parent);
    const cycle = parentCycle(organisation.id, site.organisations);
    if (cycle) {
      problems.push({
        file: organisation.filePath ?? organisation.id,
        field: 'parent',
        message: `"${organisation.id}" would be part of itself (${cycle.join(' → ')}). Give "parent" the organisation that owns this one, and leave it out of the organisation at the top.`,
      });
    }
  }
  for (const person of site.people) {
    person.data.roles.forEach((role, index) => {
      reference(person, `roles.${index}.organisation`, 'organisation', role.organisation);
      if (role.from && role.to && isCertainlyBefore(role.to, role.from)) {
        problems.push({
          file: person.filePath ?? person.id,
          field: `roles.${index}.to`,
          message: `The role ends (${formatPartialDate(role.to)}) before it starts (${formatPartialDate(role.from)}). Check both dates.`,
        });
      }
    });
  }
  for (const term of site.glossary) {
    const problem = reference(term, 'foundIn', 'document', term.data.foundIn);
    // The glossary is one file of many terms: the term's id finds the line of its field.
    if (problem) problem.entry = term.id;
  }
  for (const recommendation of site.recommendations) {
    reference(recommendation, 'report', 'report', recommendation.data.report);
    recommendation.data.addressedTo.forEach((id, index) =>
      reference(recommendation, `addressedTo.${index}`, 'organisation', id),
    );
  }
  // A misspelt theme would otherwise be a search filter of its own, with one document in it.
  if (!unread.themes) {
    for (const entry of [...site.recommendations, ...site.documents]) {
      entry.data.themes.forEach((id, index) => reference(entry, `themes.${index}`, 'theme', id));
    }
  }
  // A map, not a search per document: with thousands of documents a search each is quadratic.
  // An unread report is not in it, so no date is compared with one whose dates are unknown.
  const reports = new Map(
    site.documents
      .filter((doc): doc is ReportDocument => doc.type === 'report')
      .map((doc) => [doc.id, doc]),
  );
  for (const doc of site.documents)
    checkDocument(doc, reports, reference, problems, ids.recommendation);
  problems.push(...duplicateSlugs(site.documents));
  problems.push(...checkRecommendationLinks(site, unread));
  problems.push(...checkBodyLinks(site, addresses, unread));
  return problems;
}

type Kind = 'organisation' | 'person' | 'report' | 'recommendation' | 'document' | 'theme';

type Reference = (
  entry: Entry<unknown>,
  field: string,
  kind: Kind,
  id: string | undefined,
) => ContentProblem | undefined;

function checkDocument(
  doc: SiteDocument,
  reports: ReadonlyMap<string, ReportDocument>,
  reference: Reference,
  problems: ContentProblem[],
  recommendationIds: Set<string>,
): void {
  const file = doc.filePath ?? doc.id;
  reference(doc, 'issuer', 'organisation', doc.data.issuer);
  reference(doc, 'outlet', 'organisation', doc.data.outlet);
  doc.data.authors.forEach((id, index) => reference(doc, `authors.${index}`, 'person', id));
  doc.data.quoted.forEach((id, index) => reference(doc, `quoted.${index}`, 'person', id));
  if (!doc.data.issuer && doc.data.authors.length === 0) {
    problems.push({
      file,
      field: 'issuer',
      message:
        'Say whose document this is: write issuer: (an organisation id) or authors: (person ids).',
    });
  }

  // The credit is shown as the outlet's, named: without an outlet it would be nobody's.
  if (doc.data.publisherCredit !== undefined && !doc.data.outlet) {
    problems.push({
      file,
      field: 'publisherCredit',
      message:
        'A publisher’s credit is shown as the credit of the outlet that printed the document: write outlet: (the id of that organisation, e.g. the-link), or leave publisherCredit out.',
    });
  }

  const earlier: { field: string; id: string }[] = [];
  if (doc.type === 'report') {
    reference(doc, 'force', 'organisation', doc.data.force);
    doc.data.ledBy.forEach((id, index) => reference(doc, `ledBy.${index}`, 'person', id));
    if (doc.data.followsUp) earlier.push({ field: 'followsUp', id: doc.data.followsUp });
    if (doc.data.fieldwork && isCertainlyBefore(doc.data.published, doc.data.fieldwork)) {
      problems.push({
        file,
        field: 'fieldwork',
        message: `The inspection visit (${formatPartialDate(doc.data.fieldwork)}) is after the report was published (${formatPartialDate(doc.data.published)}). Check both dates.`,
      });
    }
  } else {
    doc.data.respondsTo.forEach((id, index) => earlier.push({ field: `respondsTo.${index}`, id }));
  }
  for (const { field, id } of earlier) {
    reference(doc, field, 'report', id);
    const report = reports.get(id);
    if (report && isCertainlyBefore(doc.data.published, report.data.published)) {
      problems.push({
        file,
        field: 'published',
        message: `This is dated ${formatPartialDate(doc.data.published)}, before the report it answers ("${id}", published ${formatPartialDate(report.data.published)}). Check the date: a response cannot come before its report.`,
      });
    } else if (
      report?.data.fieldwork &&
      isCertainlyBefore(doc.data.published, report.data.fieldwork)
    ) {
      problems.push({
        file,
        field: 'published',
        message: `This is dated ${formatPartialDate(doc.data.published)}, before the inspection visit of the report it answers ("${id}", visited ${formatPartialDate(report.data.fieldwork)}). Check the date: a response cannot come before the report, and the report came after the visit.`,
      });
    }
  }
  const by = doc.data.publishedBy;
  if (by && !couldBeOn(doc.data.published, by.iso)) {
    problems.push({
      file,
      field: 'publishedBy',
      message: `publishedBy (${formatPartialDate(by)}) must be a day within the publication date (${formatPartialDate(doc.data.published)}): the last day it can have been published. Check both dates, or leave publishedBy out when published is known to the day.`,
    });
  }
  doc.data.changes.forEach((change, index) => {
    if (isCertainlyBefore(change.date, doc.data.published)) {
      problems.push({
        file,
        field: `changes.${index}.date`,
        message: `A change dated ${formatPartialDate(change.date)} cannot come before the document was published (${formatPartialDate(doc.data.published)}).`,
      });
    }
  });
  const withdrawn = doc.data.withdrawn?.date;
  if (withdrawn && isCertainlyBefore(withdrawn, doc.data.published)) {
    problems.push({
      file,
      field: 'withdrawn.date',
      message: `It cannot be withdrawn (${formatPartialDate(withdrawn)}) before it was published (${formatPartialDate(doc.data.published)}). Check both dates.`,
    });
  }
  for (const link of doc.crossLinks) {
    if (recommendationIds.has(link.recommendation)) continue;
    problems.push({
      file,
      line: link.line,
      field: '<Addresses recommendation>',
      message: unknownRecommendation(link.recommendation, recommendationIds),
    });
  }
}

/** A slug names one document across all types, so respondsTo and links are never ambiguous. */
function duplicateSlugs(documents: SiteDocument[]): ContentProblem[] {
  const firstBySlug = new Map<string, SiteDocument>();
  const problems: ContentProblem[] = [];
  for (const doc of documents) {
    const first = firstBySlug.get(doc.id);
    if (!first) {
      firstBySlug.set(doc.id, doc);
      continue;
    }
    problems.push({
      file: doc.filePath ?? doc.id,
      message: `The slug "${doc.id}" is already used by ${first.filePath ?? first.id}. Rename one of the files so each document has its own slug.`,
    });
  }
  return problems;
}

const whereToAdd: Record<Kind, string> = {
  organisation: 'content/organisations/',
  person: 'content/people/',
  report: 'content/reports/',
  recommendation: 'content/recommendations/',
  document: 'content/reports/, content/statements/ or content/responses/',
  theme: 'content/themes.yaml, with the label readers see',
};
