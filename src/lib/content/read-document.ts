/**
 * Reads one report, statement or response: frontmatter (with lines), TODO markers,
 * fields against the schema, and the body through the restricted MDX compiler. The
 * content loader and `npm run check:content` both call this, so the quick check and the
 * build can never disagree about a file.
 *
 * It comes in two steps so the loader can compile many bodies at once on worker threads:
 * `readDocumentFields` (everything but the body's compilation) and `finishDocument`.
 */
import type { z } from 'astro/zod';
import type { GlossaryEntry } from '../glossary/find-terms';
import { compileMdx, type CompiledBody } from '../markdown/compile-mdx';
import { ContentError, type ContentProblem } from '../markdown/content-error';
import { parseFrontmatter } from './frontmatter';
import { todoLines, validateFieldsAndTodos } from './todo-markers';

export interface ReadDocument<Data> {
  /** The frontmatter as written, for Astro's own parseData. */
  raw: Record<string, unknown>;
  /** The frontmatter checked and converted by the schema. */
  data: Data;
  compiled: CompiledBody;
}

/** A document read up to its body, which is still to be compiled. */
export interface DocumentFields<Data> {
  /** Path of the file, relative to the project root, for messages. */
  filePath: string;
  raw: Record<string, unknown>;
  /** Undefined when the fields have problems. */
  data: Data | undefined;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  problems: ContentProblem[];
}

export function readDocumentFields<Schema extends z.ZodType>(
  source: string,
  filePath: string,
  schema: Schema,
): { fields: DocumentFields<z.output<Schema>> } | { problems: ContentProblem[] } {
  if (source.length > MAX_DOCUMENT_CHARACTERS) return { problems: [tooLong(source, filePath)] };
  const frontmatter = parseFrontmatter(source, filePath);
  if ('problems' in frontmatter) return frontmatter;
  const { parsed } = frontmatter;
  const { data, problems } = validateFieldsAndTodos(schema, parsed.data, filePath, parsed.lineOf);
  problems.push(...todoLines(parsed.body, filePath, parsed.bodyLine));
  return {
    fields: {
      filePath,
      raw: parsed.data,
      data,
      body: parsed.body,
      bodyLine: parsed.bodyLine,
      problems,
    },
  };
}

/**
 * Room for any real document many times over (the published ones here are a few
 * thousand characters), while a pasted file or an embedded image stops here instead of
 * holding every build, and every reader's phone, for as long as it takes to process.
 */
export const MAX_DOCUMENT_CHARACTERS = 5_000_000;

function tooLong(source: string, file: string): ContentProblem {
  const millions = (source.length / 1_000_000).toFixed(1);
  return {
    file,
    message: `This file has ${millions} million characters; a document may have at most ${MAX_DOCUMENT_CHARACTERS / 1_000_000} million. Check that it holds the document's words only, not a pasted file or an image, and split a longer document into parts.`,
  };
}

/** Puts a document's fields and its compiled body (or the body's problems) together. */
export function finishDocument<Data>(
  fields: DocumentFields<Data>,
  body: { compiled: CompiledBody } | { problems: readonly ContentProblem[] },
): { document: ReadDocument<Data> } | { problems: ContentProblem[] } {
  const problems = [...fields.problems, ...('problems' in body ? body.problems : [])];
  // A page with no words would still be published, saying it is the document.
  if ('compiled' in body && body.compiled.paragraphs.length === 0) {
    problems.push({
      file: fields.filePath,
      line: fields.bodyLine,
      message:
        'This document has no paragraphs of text. Write its words below the closing --- of the frontmatter (a verbatim document: exactly as it was published).',
    });
  }
  if (problems.length > 0 || 'problems' in body || fields.data === undefined) return { problems };
  return { document: { raw: fields.raw, data: fields.data, compiled: body.compiled } };
}

/**
 * @param glossary The acronyms to mark, as the loader marks them (readGlossaryForCompiler):
 *   they change the HTML, and so the paragraphs' words the permalink check compares.
 */
export function readDocument<Schema extends z.ZodType>(
  source: string,
  filePath: string,
  schema: Schema,
  glossary: readonly GlossaryEntry[] = [],
): { document: ReadDocument<z.output<Schema>> } | { problems: ContentProblem[] } {
  const read = readDocumentFields(source, filePath, schema);
  if ('problems' in read) return read;
  const { fields } = read;
  try {
    return finishDocument(fields, {
      compiled: compileMdx(fields.body, { file: filePath, firstLine: fields.bodyLine, glossary }),
    });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return finishDocument(fields, { problems: error.problems });
  }
}
