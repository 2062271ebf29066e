/**
 * HTML (a saved web page, or mammoth's output for Word) to a Markdown tree with
 * rehype-parse and rehype-remark. rehype-remark keeps paragraphs, headings, lists,
 * tables, links and quotations and drops what has no Markdown meaning: spans, styles,
 * classes, scripts, Word's <o:p>.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';

const processor = unified().use(rehypeParse).use(rehypeRemark);

export async function htmlToMdast(html: string): Promise<Root> {
  return (await processor.run(processor.parse(html))) as Root;
}
