/**
 * Writes a synthetic national corpus shaped like the real content: one police force per
 * made-up place, its Police and Crime Commissioner's office, the inspectorate, a few
 * news outlets; reports (NCPI, post-inspection reviews that follow them up, PEEL) with
 * recommendations; responses and statements that answer them and mark paragraphs with
 * <Addresses>. Bodies are ~1,100 words with headings, lists, links and a GFM table.
 * Deterministic for a given document count and seed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Random } from './random.ts';
import { Vocabulary, madeUpWord } from './words.ts';

export const FORCE_COUNT = 43;
const RECOMMENDATIONS_PER_REPORT = 4;
const INSPECTIONS = ['ncpi', 'peel', 'ncpi-post-inspection-review'] as const;
const THEMES = [
  'investigations',
  'supervision',
  'voice-of-the-child',
  'missing-children',
  'risk-assessment',
  'information-sharing',
  'governance',
  'training',
  'domestic-abuse',
  'demand-and-resources',
];
const OUTLETS = ['the-daily-ledger', 'county-courier', 'valley-gazette'];

export interface CorpusSummary {
  documents: number;
  reports: number;
  statements: number;
  responses: number;
  recommendations: number;
  words: number;
  /** The path of one document (relative to the content folder) that a rebuild edits. */
  sampleDocument: string;
  /**
   * Two statements not written with the corpus, for measuring a rebuild after publishing
   * one and then another: shaped like the others (each answers a report and marks its
   * recommendations) and dated after the newest document, as statements published today
   * would be.
   */
  newStatements: { path: string; text: string }[];
}

interface Force {
  id: string;
  place: string;
  pcc: string;
  chief: string;
  commissioner: string;
}

interface ReportPlan {
  id: string;
  force: Force;
  day: number;
  recommendations: string[];
}

const YAML_STRING = (text: string) => JSON.stringify(text);

/**
 * Days since 2010-01-01 as "YYYY-MM-DD". The corpus spans about 5,600 days (reports over
 * 4,000, then answers, changes and the new statements after them), so its newest date
 * falls in 2025: never after today, which the build refuses.
 */
function isoDay(day: number): string {
  return new Date(Date.UTC(2010, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export async function writeCorpus(
  root: string,
  documentCount: number,
  seed = 8,
): Promise<CorpusSummary> {
  const random = new Random(seed);
  const draft: Draft = { random, vocabulary: new Vocabulary(random), files: new Map(), words: 0 };
  // Each step draws from the same seeded generator in turn: their order shapes the corpus.
  const { forces, inspectors } = addOrganisationsAndPeople(draft);

  // Documents: 40% reports, 30% responses, 30% statements.
  const reportCount = Math.max(1, Math.round(documentCount * 0.4));
  const responseCount = Math.round(documentCount * 0.3);
  const statementCount = Math.max(0, documentCount - reportCount - responseCount);
  const reports = addReports(draft, reportCount, forces, inspectors);
  let newestDay = 0;
  const answer = (kind: AnswerKind, index: number, publishedOn?: number) => {
    const written = answerDocument(draft, reports, kind, index, publishedOn);
    newestDay = Math.max(newestDay, written.newestDay);
    return written;
  };
  for (let index = 0; index < responseCount; index += 1) add(draft, answer('responses', index));
  for (let index = 0; index < statementCount; index += 1) add(draft, answer('statements', index));
  // Every date written so far (publication, change) is at most newestDay, and a year-only
  // publication date's year ends within a year of it: a year later, the new statement is
  // the newest document whichever way dates are compared.
  const newStatements = [1, 2].map((later) => {
    const { path, text } = answer(
      'statements',
      statementCount + later - 1,
      newestDay + 365 + later,
    );
    return { path, text };
  });
  addGlossary(draft);
  addThemes(draft);

  await writeFiles(root, draft.files);
  const first = reports[0] as ReportPlan;
  return {
    documents: reportCount + responseCount + statementCount,
    reports: reportCount,
    statements: statementCount,
    responses: responseCount,
    recommendations: reportCount * RECOMMENDATIONS_PER_REPORT,
    words: draft.words,
    sampleDocument: `reports/${first.id}.mdx`,
    newStatements,
  };
}

/** The corpus as it is made: its files by path, and the words of its documents' bodies. */
interface Draft {
  random: Random;
  vocabulary: Vocabulary;
  files: Map<string, string>;
  words: number;
}

type AnswerKind = 'responses' | 'statements';

interface WrittenFile {
  path: string;
  text: string;
}

function add(draft: Draft, { path, text }: WrittenFile): void {
  draft.files.set(path, text);
}

const source = (path: string) => `https://example.org/${path}`;

/** The inspectorate and its inspectors, news outlets, and each force with its PCC's office. */
function addOrganisationsAndPeople(draft: Draft): { forces: Force[]; inspectors: string[] } {
  const { random, vocabulary } = draft;
  const places = new Set<string>();
  while (places.size < FORCE_COUNT) places.add(capitalise(madeUpWord(random)));
  const forces: Force[] = [...places].map((place) => {
    const slug = place.toLowerCase();
    return {
      id: `${slug}-police`,
      place,
      pcc: `opcc-${slug}`,
      chief: `chief-constable-${slug}`,
      commissioner: `commissioner-${slug}`,
    };
  });
  const organisation = (id: string, name: string, kind: string, parent?: string) =>
    add(draft, {
      path: `organisations/${id}.yaml`,
      text: [
        `name: ${YAML_STRING(name)}`,
        `kind: ${kind}`,
        `description: ${YAML_STRING(vocabulary.sentence())}`,
        ...(parent ? [`parent: ${parent}`] : []),
        'sources:',
        `  - ${source('organisations')}`,
        '',
      ].join('\n'),
    });
  const person = (id: string, title: string, organisationId: string, from: string) => {
    const name = `${capitalise(madeUpWord(random))} ${capitalise(madeUpWord(random))}`;
    add(draft, {
      path: `people/${id}.yaml`,
      text: [
        `name: ${YAML_STRING(name)}`,
        'roles:',
        `  - title: ${YAML_STRING(title)}`,
        `    organisation: ${organisationId}`,
        `    from: "${from}"`,
        `description: ${YAML_STRING(vocabulary.sentence())}`,
        'sources:',
        `  - ${source('people')}`,
        '',
      ].join('\n'),
    });
  };

  organisation('inspectorate', 'The Inspectorate', 'inspectorate');
  organisation('news-publisher', 'News Publisher Group', 'publisher');
  for (const outlet of OUTLETS) {
    const name = outlet.split('-').map(capitalise).join(' ');
    organisation(outlet, name, 'news-outlet', 'news-publisher');
  }
  const inspectors = ['inspector-one', 'inspector-two', 'inspector-three', 'inspector-four'];
  for (const id of inspectors) person(id, 'Inspector of Constabulary', 'inspectorate', '2013');
  for (const force of forces) {
    organisation(force.id, `${force.place} Police`, 'police-force');
    organisation(
      force.pcc,
      `Office of the Police and Crime Commissioner for ${force.place}`,
      'police-and-crime-commissioner',
    );
    person(force.chief, 'Chief Constable', force.id, '2013-06');
    person(force.commissioner, 'Police and Crime Commissioner', force.pcc, '2013-05-01');
  }
  return { forces, inspectors };
}

/**
 * Reports, each with its recommendations: the forces in turn, each inspected in rounds
 * (NCPI, PEEL, then a post-inspection review that follows up the force's last NCPI).
 */
function addReports(
  draft: Draft,
  reportCount: number,
  forces: readonly Force[],
  inspectors: readonly string[],
): ReportPlan[] {
  const { random, vocabulary } = draft;
  const reports: ReportPlan[] = [];
  const lastNcpi = new Map<string, ReportPlan>();
  for (let index = 0; index < reportCount; index += 1) {
    const force = forces[index % FORCE_COUNT] as Force;
    const round = Math.floor(index / FORCE_COUNT);
    let inspection: (typeof INSPECTIONS)[number] =
      INSPECTIONS[round % INSPECTIONS.length] ?? 'peel';
    const earlier = lastNcpi.get(force.id);
    if (inspection === 'ncpi-post-inspection-review' && !earlier) inspection = 'ncpi';
    const id = `${force.id}-${inspection}-${String(index + 1).padStart(5, '0')}`;
    const day =
      30 + Math.floor((round * 4000) / Math.ceil(reportCount / FORCE_COUNT)) + random.int(0, 20);
    const plan: ReportPlan = { id, force, day, recommendations: [] };
    for (let number = 1; number <= RECOMMENDATIONS_PER_REPORT; number += 1) {
      const recId = `${id}-r${number}`;
      plan.recommendations.push(recId);
      add(draft, {
        path: `recommendations/${recId}.yaml`,
        text: [
          `report: ${id}`,
          'kind: recommendation',
          `title: ${YAML_STRING(vocabulary.title())}`,
          `text: ${YAML_STRING(vocabulary.paragraph(2))}`,
          'wording: summary',
          `addressedTo: [${force.id}]`,
          `themes: [${random.pick(THEMES)}]`,
          `source: ${source(`reports/${id}`)}`,
          '',
        ].join('\n'),
      });
    }
    const followsUp = inspection === 'ncpi-post-inspection-review' ? earlier : undefined;
    if (inspection === 'ncpi') lastNcpi.set(force.id, plan);
    const body = documentBody(vocabulary, random, []);
    draft.words += body.words;
    add(draft, {
      path: `reports/${id}.mdx`,
      text:
        frontmatter([
          `title: ${YAML_STRING(`${vocabulary.title()}: ${force.place} Police`)}`,
          `summary: ${YAML_STRING(vocabulary.sentence(10, 30).slice(0, 280))}`,
          `published: "${isoDay(day)}"`,
          'issuer: inspectorate',
          // As the real reports record their HM Inspector: who led it, not its author.
          `ledBy: [${random.pick(inspectors)}]`,
          'source:',
          `  url: ${source(`reports/${id}`)}`,
          `verbatim: ${random.chance(0.5)}`,
          `themes: [${random.pick(THEMES)}, ${random.pick(THEMES)}]`,
          'changes: []',
          `force: ${force.id}`,
          `inspection: ${inspection}`,
          `fieldwork: "${isoDay(Math.max(0, day - 120)).slice(0, 7)}"`,
          ...(followsUp ? [`followsUp: ${followsUp.id}`] : []),
        ]) + body.text,
    });
    reports.push(plan);
  }
  return reports;
}

/**
 * A response (by the force's PCC) or statement (by the force, sometimes through a news
 * outlet) answering one of the reports, a few weeks after it unless `publishedOn` is given
 * (the new statements). `newestDay` bounds every date it holds, a change's included.
 */
function answerDocument(
  draft: Draft,
  reports: readonly ReportPlan[],
  kind: AnswerKind,
  index: number,
  publishedOn?: number,
): WrittenFile & { newestDay: number } {
  const { random, vocabulary } = draft;
  const report = reports[(index * 7) % reports.length] as ReportPlan;
  const id = `${report.force.id}-${kind === 'responses' ? 'response' : 'statement'}-${String(index + 1).padStart(5, '0')}`;
  const day = publishedOn ?? report.day + random.int(14, 56);
  const precise = publishedOn !== undefined || random.chance(0.85);
  const outlet = kind === 'statements' && random.chance(0.3) ? random.pick(OUTLETS) : undefined;
  const body = documentBody(vocabulary, random, report.recommendations);
  if (publishedOn === undefined) draft.words += body.words;
  const changed = publishedOn === undefined && random.chance(0.1);
  return {
    path: `${kind}/${id}.mdx`,
    newestDay: day + 500,
    text:
      frontmatter([
        `title: ${YAML_STRING(`${kind === 'responses' ? 'Response to' : 'Statement on'} ${vocabulary.title()}`)}`,
        `summary: ${YAML_STRING(vocabulary.sentence(10, 30).slice(0, 280))}`,
        `published: "${precise ? isoDay(day) : isoDay(day + 400).slice(0, 4)}"`,
        ...(precise ? [] : [`publishedNote: ${YAML_STRING(vocabulary.sentence())}`]),
        `issuer: ${kind === 'responses' ? report.force.pcc : report.force.id}`,
        `authors: [${kind === 'responses' ? report.force.commissioner : report.force.chief}]`,
        ...(outlet ? [`outlet: ${outlet}`, `quoted: [${report.force.chief}]`] : []),
        'source:',
        `  url: ${source(`${kind}/${id}`)}`,
        'verbatim: true',
        `themes: [${random.pick(THEMES)}]`,
        changed
          ? `changes:\n  - date: "${isoDay(day + 500)}"\n    note: ${YAML_STRING(vocabulary.sentence())}`
          : 'changes: []',
        `respondsTo: [${report.id}]`,
      ]) + body.text,
  };
}

function addGlossary(draft: Draft): void {
  const terms = Array.from({ length: 8 }, (_, index) => {
    const term = madeUpWord(draft.random).toUpperCase();
    return [
      `- id: ${term.toLowerCase()}-${index}`,
      `  term: ${term}`,
      `  expansion: ${YAML_STRING(draft.vocabulary.title())}`,
      `  source: ${source('glossary')}`,
    ].join('\n');
  });
  add(draft, { path: 'glossary.yaml', text: `${terms.join('\n')}\n` });
}

/** The themes the documents and recommendations name, each with a label. */
function addThemes(draft: Draft): void {
  const themes = THEMES.map(
    (id) => `- id: ${id}\n  label: ${YAML_STRING(id.replaceAll('-', ' '))}`,
  );
  add(draft, { path: 'themes.yaml', text: `${themes.join('\n')}\n` });
}

/**
 * Every collection's folder, even one a small corpus leaves empty (the new statements are
 * written later), then the files in modest batches: thousands of small files at once
 * would exhaust file handles.
 */
async function writeFiles(root: string, files: ReadonlyMap<string, string>): Promise<void> {
  const folders = [
    'reports',
    'statements',
    'responses',
    'organisations',
    'people',
    'recommendations',
  ];
  await Promise.all(folders.map((folder) => mkdir(join(root, folder), { recursive: true })));
  const entries = [...files];
  for (let start = 0; start < entries.length; start += 256) {
    await Promise.all(
      entries.slice(start, start + 256).map(([path, text]) => writeFile(join(root, path), text)),
    );
  }
}

function frontmatter(lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/**
 * A body of roughly 1,100 words. When recommendations are given (responses and
 * statements), some paragraphs are wrapped in <Addresses> to cross-link them.
 */
function documentBody(
  vocabulary: Vocabulary,
  random: Random,
  recommendations: string[],
): { text: string; words: number } {
  const blocks: string[] = [];
  const paragraphs = (count: number) => {
    for (let index = 0; index < count; index += 1) blocks.push(vocabulary.paragraph());
  };
  paragraphs(2);
  blocks.push(`## ${vocabulary.title()}`);
  paragraphs(3);
  blocks.push(`### ${vocabulary.title()}`);
  paragraphs(2);
  blocks.push(
    Array.from({ length: random.int(4, 6) }, () => `- ${vocabulary.sentence(5, 14)}`).join('\n'),
  );
  blocks.push(`## ${vocabulary.title()}`);
  const rows = Array.from(
    { length: random.int(3, 6) },
    () => `| ${vocabulary.title(2)} | ${random.int(1, 40)} | ${vocabulary.word()} |`,
  );
  blocks.push(['| Area | Cases | Grade |', '| --- | ---: | --- |', ...rows].join('\n'));
  for (const recommendation of recommendations.slice(0, random.int(2, recommendations.length))) {
    blocks.push(
      `<Addresses recommendation="${recommendation}">`,
      vocabulary.paragraph(),
      '</Addresses>',
    );
  }
  paragraphs(recommendations.length > 0 ? 2 : 4);
  blocks.push(`## ${vocabulary.title()}`);
  blocks.push(
    `${vocabulary.paragraph(2)} Read **${vocabulary.title()}** on [the original page](https://example.org/${vocabulary.word()}).`,
  );
  blocks.push(`> ${vocabulary.paragraph(2)}`);
  paragraphs(2);
  const text = `${blocks.join('\n\n')}\n`;
  return { text, words: text.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length };
}
