/**
 * Splits a content file into its YAML frontmatter and its body, keeping line numbers so
 * that every error can point at the line to fix.
 */
import type { ContentProblem } from '../markdown/content-error';
import { parseYaml, type LineOf } from './yaml-with-lines';

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  lineOf: LineOf;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

export function parseFrontmatter(
  source: string,
  file: string,
): { parsed: ParsedFile } | { problems: ContentProblem[] } {
  const fence = FENCE.exec(source);
  if (!fence || fence.index !== 0) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: /^---[ \t]*\r?\n/.test(source)
            ? unclosedMessage(source)
            : 'The file must start with frontmatter: a line "---", the fields (title:, published:, …), then another "---".',
        },
      ],
    };
  }
  const result = parseYaml(fence[1] ?? '', file, 2);
  if ('problems' in result) return result;
  const { data, lineOf } = result.parsed;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [
        { file, line: 2, message: 'The frontmatter must be fields, one "name: value" per line.' },
      ],
    };
  }
  return {
    parsed: {
      data: data as Record<string, unknown>,
      body: source.slice(fence[0].length),
      bodyLine: fence[0].split('\n').length - (fence[0].endsWith('\n') ? 0 : -1),
      lineOf,
    },
  };
}

/**
 * A file that opens its frontmatter with "---" but never closes it: the body would be read
 * as more fields. The fields end where the lines stop looking like YAML (a field's
 * "name:", an indented line, a "- " item or a blank line), so the message can name the
 * line after which the closing "---" belongs.
 */
function unclosedMessage(source: string): string {
  const lines = source.split(/\r?\n/);
  let lastField: number | undefined;
  let afterBlank = false;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.trim() === '') {
      afterBlank = true;
      continue;
    }
    // After a blank line, the body may open with a list ("- item") or a label ("Note:"),
    // which look like YAML; a field's name starts in lower case (title:, source:).
    const fieldLike = afterBlank ? /^(?:[a-z][\w.-]*:(?:\s|$)|\s)/ : /^(?:[\w.-]+:(?:\s|$)|\s|- )/;
    if (!fieldLike.test(line)) break;
    lastField = index + 1;
  }
  return lastField === undefined
    ? 'The frontmatter that starts on line 1 has no closing "---" line: write the fields (title:, published:, …) below it, then a line "---".'
    : `The frontmatter that starts on line 1 has no closing "---" line: add one after the last field (line ${lastField}).`;
}
