/**
 * Parses YAML and remembers where each field is, so errors can name the line to fix.
 */
import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import type { ContentProblem } from '../markdown/content-error';
import { explainYamlErrors } from './yaml-errors';
import { firstInvisible } from '../text/invisible-characters';

/**
 * The first string value holding an invisible character (invisible-characters.ts) or a
 * carriage return. The file's own characters are checked before it is parsed
 * (content-source.ts); these can only come from an escape in double quotes ("\u202e",
 * "\a", "\r"), which a carriage return alone would turn into a line break in a calendar.
 */
function invisibleEscape(document: Document): { offset: number; code: string } | undefined {
  let found: { offset: number; code: string } | undefined;
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return undefined;
      const invisible =
        firstInvisible(node.value) ?? (node.value.includes('\r') ? { code: 'U+000D' } : undefined);
      if (!invisible) return undefined;
      found = { offset: node.range?.[0] ?? 0, code: invisible.code };
      return visit.BREAK;
    },
  });
  return found;
}

export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

export interface ParsedYaml {
  data: unknown;
  lineOf: LineOf;
}

/**
 * @param firstLine the file line on which `text` starts (2 for frontmatter after `---`).
 */
export function parseYaml(
  text: string,
  file: string,
  firstLine = 1,
): { parsed: ParsedYaml } | { problems: ContentProblem[] } {
  const lines = new LineCounter();
  // The core schema keeps dates as strings, so "2023-09" is not turned into a timestamp.
  const document = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const lineAt = (offset: number) => lines.linePos(offset).line + firstLine - 1;
  // A tab in the indentation confuses the parser about everything after it: that alone
  // is what the author has to fix.
  const tabs = document.errors.filter((error) => error.code === 'TAB_AS_INDENT');
  if (tabs.length > 0) {
    return {
      problems: tabs.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        message:
          'This line is indented with a tab, and YAML needs spaces. Replace the tab with spaces (two for each level), as on the lines around it.',
      })),
    };
  }
  if (document.errors.length > 0) {
    return {
      problems: explainYamlErrors(document, text, lineAt).map((problem) => ({
        file,
        ...problem,
      })),
    };
  }
  const cutShort = valueCutByHash(document, text);
  if (cutShort) {
    return { problems: [{ file, line: lineAt(cutShort.offset), message: cutShort.message }] };
  }
  // A tag the core schema does not know (`!!js/function`) is dropped with a warning, and
  // the value read as plain text: the author meant something else by it.
  const unknownTag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (unknownTag) {
    return {
      problems: [
        {
          file,
          line: lineAt(unknownTag.pos[0]),
          message: `This YAML tag is not allowed: ${unknownTag.message.split('\n')[0]}. Delete the tag (the word starting with "!") and write the value as plain text.`,
        },
      ],
    };
  }
  const escaped = invisibleEscape(document);
  if (escaped) {
    return {
      problems: [
        {
          file,
          line: lineAt(escaped.offset),
          message: `This value holds an invisible character (${escaped.code}), written as an escape such as \\u202e or \\a in quotes, which would be published unseen. Delete the escape.`,
        },
      ],
    };
  }
  try {
    return {
      parsed: { data: document.toJS(), lineOf: (path) => lineOfPath(document, path, lineAt) },
    };
  } catch (error) {
    // The yaml library refuses aliases (`*name`) that expand to an enormous value, or that
    // name no anchor (`&name`) before them.
    if (!(error instanceof ReferenceError)) throw error;
    const message = /Excessive alias count/.test(error.message)
      ? 'This YAML repeats aliases (*name) so often that reading it would take enormous memory. Write each value out in full instead of using anchors (&name) and aliases.'
      : `This YAML has an alias with nothing to stand for (${error.message}). Write the value out in full instead of the alias (the word starting with "*").`;
    return { problems: [{ file, message }] };
  }
}

function lineOfPath(
  document: Document,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const node =
      length === 0 ? document.contents : document.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return undefined;
}

/**
 * An unquoted value with " #" in it ("title: Our #1 priority") ends at the #: YAML reads
 * the rest of the line as a note, and the page would silently show "Our". A note that
 * follows a value on purpose starts with a space ("# an id in content/…"), as in the
 * README's examples; "#1" or "#MissingChildren" does not, so it was meant as words.
 */
function valueCutByHash(
  document: Document,
  text: string,
): { offset: number; message: string } | undefined {
  let found: { offset: number; message: string } | undefined;
  visit(document, {
    Scalar(_key, node) {
      if (found || node.type !== 'PLAIN' || !node.comment || /^\s/.test(node.comment)) return;
      if (!node.range) return;
      const [start] = node.range;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const lineEnd = text.indexOf('\n', start);
      const whole = text.slice(start, lineEnd < 0 ? undefined : lineEnd).trimEnd();
      const quoted = `${text.slice(lineStart, start)}"${whole.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
      found = {
        offset: start,
        message: `The words from "#" on are left out of this value: after a space, YAML reads # as the start of a note. Put the whole value in double quotes: ${quoted.trim()}`,
      };
      return visit.BREAK;
    },
  });
  return found;
}
