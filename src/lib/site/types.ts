/**
 * Plain shapes of the loaded content, independent of Astro, so the logic that links it
 * together can be unit-tested with ordinary objects.
 */
import type { CrossLink, ParagraphIndex } from '../markdown/rehype-paragraph-ids';
import type { InternalLink } from '../markdown/remark-internal-links';
import type { Report, Response, Statement } from '../../schemas/document';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Organisation } from '../../schemas/organisation';
import type { Person } from '../../schemas/person';
import type { Recommendation } from '../../schemas/recommendation';
import type { Theme } from '../../schemas/theme';

export type DocumentType = 'report' | 'statement' | 'response';

export interface Entry<Data> {
  id: string;
  /** Path of the source file, relative to the project root. */
  filePath?: string | undefined;
  data: Data;
}

interface DocumentBase<Type extends DocumentType, Data> extends Entry<Data> {
  type: Type;
  /** Paragraph ids in order, and marked cross-links, from the compiler. */
  paragraphs: string[];
  crossLinks: CrossLink[];
  /** The body's headings (their ids are anchors too), and its links inside the site. */
  headings: ParagraphIndex['headings'];
  links: InternalLink[];
}

export type ReportDocument = DocumentBase<'report', Report>;
export type StatementDocument = DocumentBase<'statement', Statement>;
export type ResponseDocument = DocumentBase<'response', Response>;
export type SiteDocument = ReportDocument | StatementDocument | ResponseDocument;

export interface SiteContent {
  documents: SiteDocument[];
  organisations: Entry<Organisation>[];
  people: Entry<Person>[];
  recommendations: Entry<Recommendation>[];
  glossary: Entry<GlossaryTerm>[];
  themes: Entry<Theme>[];
}
