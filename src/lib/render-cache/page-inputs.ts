/**
 * What a page shows, as a digest: the part of a page's key (page-keys.ts) that says which
 * content it was rendered from.
 *
 * Most of a national site's pages show one document, recommendation, organisation or
 * person and their neighbours, not the whole site: 10,000 document pages, their social
 * cards, a page, a briefing and a feed per recommendation, a page and a feed per
 * organisation, a page per person (all but a few dozen of 68,000 files). Keyed by the
 * whole site's structure, a new statement (a new title, date and cross-links) would
 * render every one of them again. Keyed by their neighbourhood, it renders its own page,
 * the documents it answers, the recommendations it addresses, its organisations' and
 * people's pages, and the pages that list everything (which keep the whole-site digest).
 *
 * A neighbourhood is what the page's components look up, taken generously (a document
 * shape is its frontmatter and cross-links, never its body: see `documentShape`):
 *   - every page: the organisations, people, glossary, themes and aliases (few, small, and shown
 *     or linked from any page);
 *   - a document page: the document; every document with its id or an id it answers
 *     (respondsTo, followsUp), and every document answering one of those (related
 *     documents, statutory clocks), with the reports those answer (which date them:
 *     earliest-publication.ts); the recommendations it addresses or assesses
 *     (their titles label its paragraphs); for a report, the trail of each recommendation
 *     it made (the tracker on its page);
 *   - a document's social card: the document; the site's card: nothing more (its words
 *     are the site's name and description, in the code);
 *   - a recommendation's page, briefing and feed: its trail: the recommendation, every
 *     document with its report's or its making document's id, and every document that
 *     marks or assesses it (trails.ts), with the documents those answer (a response is
 *     ordered and dated no earlier than its report: earliest-publication.ts);
 *   - an organisation's page: the documents it issued, published or was inspected in,
 *     with the documents they answer, and the trails of the recommendations addressed to
 *     it; its feed: those documents and those of the organisations it includes
 *     (organisation-parts.ts), with the documents they answer;
 *   - a person's page: the documents they wrote, led or are quoted in, with those they answer;
 *   - a page of a list (paged-lists.ts): its entries in order (a document's shape, a
 *     recommendation's trail), how many the list holds and its page count; a page of a
 *     year of the timeline: its events, the year's count and its page count. A new
 *     statement then renders the pages it shifts (every page of the statements, the A–Z
 *     from where its title falls, its year's pages), not the reports' or responses'.
 *   - /organisations/ and /people/: how many documents involve each organisation or
 *     person (documentCounts, as the pages count them). A new document renders them
 *     only if it names an organisation or a person; a new title or date never does;
 *   - a search filter-id file: only the labels it holds (not even the shared part: it
 *     has no layout and no anchors), and its group's file count, so a new recommendation
 *     or a renamed organisation remakes the one file it falls in;
 *   - a file of pages about names for search (about-pages.ts): the shared part alone,
 *     since it shows only organisations, people and glossary terms.
 * Any other page is keyed by the whole structure (`structure()`). A component that
 * starts showing more of the site must widen its neighbourhood here; the render-cache
 * site test compares a rebuild with a build from scratch after a new statement, a
 * changed title and a removed cross-link, and fails if a page was left stale.
 */
import { createHash } from 'node:crypto';
import { answeredIds, documentCounts, organisationsOf, peopleOf } from '../site/documents';
import { groupIds } from '../site/organisation-parts';
import { groupBy } from '../site/group-by';
import { listPage, PAGE_SIZE, pageCount, type ListPage } from '../site/list-pages';
import { DOCUMENT_LISTS, pageOf, RECOMMENDATION_LIST } from '../site/paged-lists';
import { timelineYearsOf } from '../timeline/timeline';
import { trailsOf, type RecommendationTrail } from '../recommendations/trails';
import type { Entry, SiteContent, SiteDocument } from '../site/types';
import type { Recommendation } from '../../schemas/recommendation';
import { SITE_CARD_PATH } from '../share/social-card-path';
import { isIdGroup } from '../search/filter-ids';
import type { FilterKey } from '../search/index-fields';
import { filterIdFileContents, type FilterIdFileContents } from '../search/filter-id-file-contents';
import { documentOfPage } from './page-keys';
import { stableJson } from './stable-json';

const RECOMMENDATION_PAGE = /^\/recommendations\/([^/]+)\/(?:briefing\/)?$/;
const RECOMMENDATION_FEED = /^\/recommendations\/([^/]+)\/feed\.xml$/;
/** `/social/reports/x.png` is the card of `/reports/x/` (social-card-path.ts). */
const DOCUMENT_CARD = /^\/social(\/.+)\.png$/;
const ORGANISATION_PAGE = /^\/organisations\/([^/]+)\/$/;
const ORGANISATION_FEED = /^\/organisations\/([^/]+)\/feed\.xml$/;
const PERSON_PAGE = /^\/people\/([^/]+)\/$/;
/** `/search/filter-ids/recommendation/3.json`: one file of a group's labels by id (filter-ids.ts). */
const FILTER_ID_FILE = /^\/search\/filter-ids\/([^/]+)\/(\d+)\.json$/;
/** `/search/about/k.json`: the people, organisations and terms with a word starting with k. */
const ABOUT_FILE = /^\/search\/about\/[^/]+\.json$/;
/** A page of a list: `/reports/`, `/reports/page/2/`… (paged-lists.ts). */
const LIST_PAGE = /^\/([a-z]+)\/(?:page\/(\d+)\/)?$/;
/** A page of a long year of the timeline: `/timeline/2023/`, `/timeline/2023/page/2/`… */
const TIMELINE_YEAR_PAGE = /^\/timeline\/(\d+)\/(?:page\/(\d+)\/)?$/;

const digest = (value: unknown) => createHash('sha256').update(stableJson(value)).digest('hex');

/** A document as its neighbours show it: everything but its body (HTML and paragraph list). */
function documentShape({ type, id, filePath, data, crossLinks }: SiteDocument) {
  return { type, id, filePath, data, crossLinks };
}

const entryShape = <Data>({ id, filePath, data }: Entry<Data>) => ({ id, filePath, data });

export interface PageInputs {
  /** The digest of what the page at this path (without the base path) shows. */
  digestFor(sitePath: string): string;
  /** The digest of everything but document bodies (the pages that list the whole site). */
  structure(): string;
}

/** Lookups built once per build: a national site keys 68,000 pages from them. */
export function pageInputs(site: SiteContent, aliasesText: string): PageInputs {
  const shared = digest({
    organisations: site.organisations.map(entryShape),
    people: site.people.map(entryShape),
    glossary: site.glossary.map(entryShape),
    themes: site.themes.map(entryShape),
    aliases: aliasesText,
  });
  let whole: string | undefined;
  const documentDigests = new Map<SiteDocument, string>();
  const documentDigest = (doc: SiteDocument) => {
    let value = documentDigests.get(doc);
    if (value === undefined) documentDigests.set(doc, (value = digest(documentShape(doc))));
    return value;
  };
  const byId = groupBy(site.documents, (doc) => [doc.id]);
  const answeredBy = groupBy(site.documents, answeredIds);
  const organisationsOfDoc = (doc: SiteDocument) => organisationsOf(doc, site.people);
  const byOrganisation = groupBy(site.documents, organisationsOfDoc);
  const byPerson = groupBy(site.documents, peopleOf);
  const recommendations = new Map(site.recommendations.map((rec) => [rec.id, rec]));
  const trails = trailsOf(site);
  const trailsOfReport = groupBy([...trails.values()], (trail) => [
    trail.recommendation.data.report,
  ]);
  const trailsAddressedTo = groupBy([...trails.values()], (trail) => [
    ...trail.recommendation.data.addressedTo,
  ]);
  const documentSet = (documents: Iterable<SiteDocument>) =>
    [...new Set(documents)].map(documentDigest).sort();
  /**
   * The documents and those they answer, whose dates order them (a response is no older
   * than its report: earliest-publication.ts) in lists and feeds.
   */
  const withAnswered = (documents: readonly SiteDocument[]) =>
    documents.concat(
      documents.flatMap((doc) => answeredIds(doc).flatMap((id) => byId.get(id) ?? [])),
    );

  const recommendationDigests = new Map<string, string>();
  const recommendationDigest = (id: string) => {
    let value = recommendationDigests.get(id);
    if (value === undefined) {
      const recommendation: Entry<Recommendation> | undefined = recommendations.get(id);
      value = recommendation ? digest(entryShape(recommendation)) : `none:${id}`;
      recommendationDigests.set(id, value);
    }
    return value;
  };
  // From the digests the other pages' keys are made of, each part digested once: the
  // whole structure in one piece took a second at 10,000 documents.
  const structure = () =>
    (whole ??= digest([
      shared,
      site.documents.map(documentDigest),
      site.recommendations.map((recommendation) => recommendationDigest(recommendation.id)),
    ]));
  const trailDigests = new Map<RecommendationTrail, string>();
  const trailDigest = (trail: RecommendationTrail) => {
    let value = trailDigests.get(trail);
    if (value === undefined) {
      const { report, madeIn } = trail.recommendation.data;
      value = digest([
        recommendationDigest(trail.recommendation.id),
        documentSet([
          ...(byId.get(report) ?? []),
          ...(madeIn === undefined ? [] : (byId.get(madeIn) ?? [])),
          ...withAnswered(trail.documents),
        ]),
      ]);
      trailDigests.set(trail, value);
    }
    return value;
  };

  const documentPage = (doc: SiteDocument) => {
    const documents = new Set([doc]);
    for (const id of [doc.id, ...answeredIds(doc)]) {
      for (const other of byId.get(id) ?? []) documents.add(other);
      for (const other of answeredBy.get(id) ?? []) documents.add(other);
    }
    const addressed = new Set([
      ...doc.crossLinks.map((link) => link.recommendation),
      ...doc.data.assessments.map((assessment) => assessment.recommendation),
    ]);
    return [
      documentSet(withAnswered([...documents])),
      [...addressed].sort().map(recommendationDigest),
      (trailsOfReport.get(doc.id) ?? []).map(trailDigest),
    ];
  };

  /** The document a page shows, or undefined unless it is a document's page (page-keys.ts). */
  const documentAt = (path: string) => documentOfPage(path, site.documents);
  /** Each kind of page that shows a neighbourhood: its path, and what it shows (undefined: no such page). */
  const neighbourhoods: [RegExp, (match: string) => unknown][] = [
    [DOCUMENT_CARD, (path) => mapDefined(documentAt(`${path}/`), documentDigest)],
    [RECOMMENDATION_PAGE, (id) => mapDefined(trails.get(id), trailDigest)],
    [RECOMMENDATION_FEED, (id) => mapDefined(trails.get(id), trailDigest)],
    [
      ORGANISATION_PAGE,
      (id) => [
        documentSet(withAnswered(byOrganisation.get(id) ?? [])),
        (trailsAddressedTo.get(id) ?? []).map(trailDigest),
      ],
    ],
    [
      ORGANISATION_FEED,
      (id) =>
        documentSet(
          withAnswered(
            groupIds(id, site.organisations).flatMap((member) => byOrganisation.get(member) ?? []),
          ),
        ),
    ],
    [PERSON_PAGE, (id) => documentSet(withAnswered(byPerson.get(id) ?? []))],
  ];

  /**
   * /organisations/ and /people/: every organisation and person (in `shared`: names,
   * kinds, roles) with the count of their documents, counted as the pages count them.
   */
  const directories = new Map<string, () => unknown>([
    ['/organisations/', () => countsOf(site.organisations, organisationsOfDoc)],
    ['/people/', () => countsOf(site.people, peopleOf)],
  ]);
  const countsOf = (
    entries: readonly Entry<unknown>[],
    idsOf: (doc: SiteDocument) => readonly string[],
  ) => {
    const counts = documentCounts(site.documents, idsOf);
    return entries.map(({ id }) => [id, counts.get(id) ?? 0]);
  };

  let filterIdFiles: FilterIdFileContents | undefined;
  /**
   * A filter-id file holds only labels by id: its key is its labels, in the order it
   * writes them, and its group's file count (which decides what falls in it). So a
   * renamed organisation or a new recommendation remakes the one file it falls in.
   * Undefined if the path is not a file the site has.
   */
  const filterIdFileShown = (sitePath: string): unknown => {
    const match = FILTER_ID_FILE.exec(sitePath);
    const group = match?.[1] as FilterKey | undefined;
    if (!match || !group || !isIdGroup(group)) return undefined;
    filterIdFiles ??= filterIdFileContents(site);
    const files = filterIdFiles[group];
    const file = files[Number(match[2])];
    return file && ['filter-ids', files.length, Object.entries(file)];
  };

  /** What a page of a list shows, or undefined if the path is not one. */
  const listPageShown = (sitePath: string): unknown => {
    const list = LIST_PAGE.exec(sitePath);
    if (list) {
      const number = Number(list[2] ?? 1);
      const name = list[1]!;
      const documents = Object.hasOwn(DOCUMENT_LISTS, name) ? DOCUMENT_LISTS[name] : undefined;
      if (documents) return pageShape(pageOf(documents, site, number), documentDigest);
      if (name === 'recommendations')
        return pageShape(pageOf(RECOMMENDATION_LIST, site, number), trailDigest);
      return undefined;
    }
    const timeline = TIMELINE_YEAR_PAGE.exec(sitePath);
    if (timeline) {
      const year = Number(timeline[1]);
      const events = timelineYearsOf(site).find((entry) => entry.year === year)?.events ?? [];
      const number = Number(timeline[2] ?? 1);
      if (number > pageCount(events.length, PAGE_SIZE.events)) return undefined;
      return ['timeline', year, pageShape(listPage(events, PAGE_SIZE.events, number), digest)];
    }
    return undefined;
  };

  return {
    digestFor(sitePath) {
      const doc = documentAt(sitePath);
      if (doc) return digest([shared, documentPage(doc)]);
      const listed = listPageShown(sitePath);
      if (listed !== undefined) return digest([shared, listed]);
      if (sitePath === SITE_CARD_PATH) return digest([shared]);
      const directory = directories.get(sitePath);
      if (directory) return digest([shared, directory()]);
      const filterIds = filterIdFileShown(sitePath);
      if (filterIds !== undefined) return digest(filterIds);
      if (ABOUT_FILE.test(sitePath)) return digest([shared, 'about-pages']);
      for (const [pattern, neighbourhood] of neighbourhoods) {
        const match = pattern.exec(sitePath);
        const shown = match ? neighbourhood(match[1]!) : undefined;
        if (shown !== undefined) return digest([shared, shown]);
      }
      return structure();
    },
    structure,
  };
}

/** A page of a list as its key sees it; undefined for a page the list does not have. */
function pageShape<Entry>(
  page: ListPage<Entry> | undefined,
  entryDigest: (entry: Entry) => string,
) {
  return page && [page.total, page.count, page.number, page.items.map(entryDigest)];
}

const mapDefined = <In, Out>(value: In | undefined, map: (value: In) => Out) =>
  value === undefined ? undefined : map(value);
