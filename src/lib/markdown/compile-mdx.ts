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
import { remarkAddresses } from './remark-addresses';
import { remarkInternalLinks, type InternalLink } from './remark-internal-links';
import { rehypeParagraphIds, type ParagraphIndex } from './rehype-paragraph-ids';
import { rehypeTableRegions } from './rehype-table-regions';
import { rehypeGlossaryTerms } from './rehype-glossary-terms';
import { rehypeParagraphLinks } from './rehype-paragraph-links';
import type { GlossaryEntry } from '../glossary/find-terms';
import { ContentError, type ContentProblem } from './content-error';
import { syntaxHint } from './syntax-hints';

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkRestrictMdx)
  .use(remarkAddresses)
  .use(remarkInternalLinks)
  .use(remarkRehype)
  .use(rehypeParagraphIds)
  .use(rehypeTableRegions)
  .use(rehypeGlossaryTerms)
  .use(rehypeParagraphLinks)
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
  const message = error as Partial<VFileMessage>;
  const reason = typeof message.reason === 'string' ? message.reason : String(error);
  const line = typeof message.line === 'number' ? body.split('\n')[message.line - 1] : undefined;
  const problem: ContentProblem = {
    file,
    message:
      (line === undefined ? undefined : syntaxHint(line)) ??
      `This is not valid MDX: ${reason}. A < or { in ordinary text must be written \\< or \\{; a component must be closed (</Addresses>).`,
  };
  if (typeof message.line === 'number') problem.line = message.line + lineOffset;
  if (typeof message.column === 'number') problem.column = message.column;
  return problem;
}
