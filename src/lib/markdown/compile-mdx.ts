/**
 * Compiles a content MDX body to HTML at content-load time.
 *
 * Content MDX has no code to run, so there is no need to bundle a JavaScript module per
 * document (the slow part of a plain Astro + MDX build, see README "Performance"): the
 * body is parsed as MDX (so authors get MDX's syntax and our allow-listed components),
 * checked, and turned straight into HTML with remark-gfm in the unified pipeline.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { remarkRestrictMdx } from './remark-restrict-mdx';
import { remarkInvisibleReferences } from './remark-invisible-references';
import { firstTooDeepLine, remarkNestingLimit, tooDeep } from './remark-nesting-limit';
import { remarkAddresses } from './remark-addresses';
import { remarkInternalLinks, type InternalLink } from './remark-internal-links';
import { rehypeParagraphIds, type ParagraphIndex } from './rehype-paragraph-ids';
import { rehypeTableRegions } from './rehype-table-regions';
import { rehypeGlossaryTerms } from './rehype-glossary-terms';
import { rehypeParagraphLinks } from './rehype-paragraph-links';
import { rehypeSectionLinks } from './rehype-section-links';
import type { GlossaryEntry } from '../glossary/find-terms';
import { ContentError, type ContentProblem } from './content-error';
import { syntaxHint } from './syntax-hints';

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkNestingLimit)
  .use(remarkRestrictMdx)
  .use(remarkInvisibleReferences)
  .use(remarkAddresses)
  .use(remarkInternalLinks)
  .use(remarkRehype)
  .use(rehypeParagraphIds)
  .use(rehypeTableRegions)
  .use(rehypeGlossaryTerms)
  .use(rehypeParagraphLinks)
  .use(rehypeSectionLinks)
  .use(rehypeStringify)
  .freeze();

export interface CompiledBody extends ParagraphIndex {
  html: string;
  /** The body's links and images that point inside the site, at the file's lines. */
  links: InternalLink[];
}

export interface CompileOptions {
  /** Path shown in error messages, relative to the project root. */
  file: string;
  /** Line of the file on which the body starts (after the frontmatter), 1-based. */
  firstLine?: number;
  /** Acronyms to mark with `<abbr>` and link to the glossary. */
  glossary?: readonly GlossaryEntry[];
}

/** Compiles an MDX body, or throws a {@link ContentError} naming every problem with its line. */
export function compileMdx(body: string, options: CompileOptions): CompiledBody {
  const lineOffset = (options.firstLine ?? 1) - 1;
  // Checked before parsing: the parser's time grows with the cube of a list's depth, so a
  // file of hundreds of nested items would hold the build for minutes before any report.
  const tooDeepLine = firstTooDeepLine(body);
  if (tooDeepLine !== undefined)
    throw new ContentError([
      { file: options.file, line: tooDeepLine + lineOffset, message: tooDeep() },
    ]);
  const file = new VFile({
    value: body,
    path: options.file,
    data: { glossary: options.glossary ?? [] },
  });
  let tree;
  try {
    tree = processor.runSync(processor.parse(file), file);
  } catch (error) {
    throw new ContentError([syntaxProblem(error, body, options.file, lineOffset)]);
  }
  if (file.messages.length > 0) {
    throw new ContentError(
      file.messages.map((message) => toProblem(message, options.file, lineOffset)),
    );
  }
  const html = processor.stringify(tree, file);
  const index = file.data.paragraphIndex ?? { paragraphs: [], headings: [], crossLinks: [] };
  return {
    html,
    ...index,
    crossLinks: index.crossLinks.map((link) => ({ ...link, line: link.line + lineOffset })),
    links: (file.data.internalLinks ?? []).map((link) => ({
      ...link,
      line: link.line + lineOffset,
    })),
  };
}

function toProblem(message: VFileMessage, file: string, lineOffset: number): ContentProblem {
  const problem: ContentProblem = { file, message: message.reason };
  if (message.line != null) problem.line = message.line + lineOffset;
  if (message.column != null) problem.column = message.column;
  return problem;
}

/** MDX syntax errors come from the parser; explain the usual cause in plain words. */
function syntaxProblem(
  error: unknown,
  body: string,
  file: string,
  lineOffset: number,
): ContentProblem {
  // Nesting deep enough to exhaust the parser's stack: say so, at the line that does it.
  if (error instanceof RangeError) {
    const line = firstTooDeepLine(body);
    return { file, message: tooDeep(), ...(line && { line: line + lineOffset }) };
  }
  const message = error as Partial<VFileMessage>;
  const { reason, place } = withoutPlace(
    typeof message.reason === 'string' ? message.reason : String(error),
  );
  const at =
    typeof message.line === 'number'
      ? { line: message.line, column: message.column ?? undefined }
      : place;
  const text = at ? body.split('\n')[at.line - 1] : undefined;
  const problem: ContentProblem = {
    file,
    message:
      (text === undefined ? undefined : syntaxHint(text, at?.column)) ??
      `This is not valid MDX: ${reason}. A < or { in ordinary text must be written \\< or \\{; a component must be closed (</Addresses>).`,
  };
  if (at) problem.line = at.line + lineOffset;
  if (at?.column !== undefined) problem.column = at.column;
  return problem;
}

/**
 * Some MDX errors (an unclosed `<Addresses>`) carry their place only inside the reason,
 * as "(4:1-4:31)", counted from the start of the body. Taken out, so the problem can
 * give the file's line instead of a number that points at the wrong line.
 */
function withoutPlace(text: string): {
  reason: string;
  place?: { line: number; column: number };
} {
  const match = /\s*\((\d+):(\d+)-\d+:\d+\)$/.exec(text);
  if (!match) return { reason: text };
  return {
    reason: text.slice(0, match.index),
    place: { line: Number(match[1]), column: Number(match[2]) },
  };
}
