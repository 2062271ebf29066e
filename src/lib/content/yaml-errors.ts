/**
 * The yaml library's errors, told as the mistake an author made and what to write. Its own
 * words name the grammar ("Map keys must be unique", "Flow sequence in block collection
 * must be sufficiently indented…"), and an unclosed [ or " is only found where the next
 * field starts, or at the end of the file: the line it gives is not the one to fix. The
 * mistakes authors make most are recognised from the parsed document, where the nodes
 * still say where they started; anything else keeps the library's words, with a hint.
 */
import { isScalar, visit, type Document, type Node, type YAMLError } from 'yaml';
import { andList } from '../text/and-list';

export interface YamlProblem {
  line: number;
  message: string;
}

/**
 * One problem for each mistake. Errors at the place of an earlier one follow from it (a
 * list with an unclosed quote in it is unclosed too), and the author fixes the first.
 */
export function explainYamlErrors(
  document: Document,
  text: string,
  lineAt: (offset: number) => number,
): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const places = new Set<number>();
  for (const error of document.errors) {
    if (places.has(error.pos[0])) continue;
    places.add(error.pos[0]);
    const problem =
      duplicateKey(document, error, lineAt) ??
      unclosedQuote(document, error, text, lineAt) ??
      unclosedBrackets(document, error, text, lineAt) ??
      fieldIndentedUnder(error, text, lineAt) ??
      missingColon(error, text, lineAt) ??
      otherError(error, text, lineAt);
    // A key written three times is two errors with one answer.
    if (!problems.some((earlier) => earlier.message === problem.message)) problems.push(problem);
  }
  return problems;
}

/** `verbatim:` written twice in one set of fields: the author keeps one of them. */
function duplicateKey(
  document: Document,
  error: YAMLError,
  lineAt: (offset: number) => number,
): YamlProblem | undefined {
  if (error.code !== 'DUPLICATE_KEY') return undefined;
  let found: YamlProblem | undefined;
  visit(document, {
    Map(_key, map) {
      const pair = map.items.find((item) => startOf(item.key) === error.pos[0]);
      if (!pair) return undefined;
      const name = keyName(pair.key);
      const same = map.items.filter((item) => keyName(item.key) === name);
      const lines = [...new Set(same.map((item) => lineAt(startOf(item.key) ?? 0)))];
      const times = same.length === 2 ? 'twice' : `${same.length} times`;
      // Two in braces on one line ({url: a, url: b}) have no two lines to name.
      const where = lines.length === 1 ? 'on this line' : `(lines ${andList(lines.map(String))})`;
      found = {
        line: lineAt(error.pos[0]),
        message: `"${name}" is written ${times} ${where}. Keep one of them.`,
      };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * A quoted value with no closing quote. YAML reads on to the next quote, or to the end of
 * the file, so the error is reported there; the value's own line is the one to fix.
 */
function unclosedQuote(
  document: Document,
  error: YAMLError,
  text: string,
  lineAt: (offset: number) => number,
): YamlProblem | undefined {
  if (error.code !== 'MISSING_CHAR') return undefined;
  let start: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      if (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return undefined;
      if (node.range?.[1] !== error.pos[0]) return undefined;
      start = node.range[0];
      return visit.BREAK;
    },
  });
  if (start === undefined) return undefined;
  const quote = text[start];
  return {
    line: lineAt(start),
    message:
      missingClosingQuote(lineText(text, start)) ??
      `The closing ${quote} is missing from the text that starts with ${quote} on this line: add it where the text ends${quote === '"' ? ', with a \\ before each " inside' : ''}.`,
  };
}

/**
 * A list in square brackets, or fields in braces, with no closing bracket. YAML finds out
 * only on a later line; the author is sent to the line where the bracket opened.
 */
function unclosedBrackets(
  document: Document,
  error: YAMLError,
  text: string,
  lineAt: (offset: number) => number,
): YamlProblem | undefined {
  let start: number | undefined;
  visit(document, {
    Collection(_key, node) {
      if (!node.flow || !node.range || node.range[1] !== error.pos[0]) return undefined;
      const opening = text[node.range[0]];
      const closing = opening === '[' ? ']' : '}';
      if (text.slice(node.range[0], node.range[1]).trimEnd().endsWith(closing)) return undefined;
      start = node.range[0];
      return visit.BREAK;
    },
  });
  if (start === undefined) return undefined;
  const list = text[start] === '[';
  const [opening, closing] = list ? ['[', ']'] : ['{', '}'];
  const line = lineAt(start);
  const written = lineText(text, start).trimEnd();
  const field = /^\s*(?:- )?([\w.-]+):/.exec(written)?.[1];
  // Written on one line, the line with its brackets closed is the answer; a list that goes
  // on over several lines ends after its last item, which YAML cannot point at.
  const oneLine = !/[,[{]$/.test(written);
  const close = oneLine
    ? `write ${written.trim()}${closingsFor(text.slice(start).split('\n')[0] ?? '')}, or`
    : `end it with ${closing} after its last ${list ? 'item' : 'field'}, or write`;
  const instead = list
    ? 'one "- item" per line'
    : field
      ? `each field on its own line below "${field}:", indented by two spaces`
      : 'one "name: value" per line';
  return {
    line,
    message: `The ${list ? 'list' : 'set of fields'} that starts with ${opening} on line ${line} has no closing ${closing}: ${close} ${instead}.`,
  };
}

/** The brackets that close those left open in `written`, innermost first: "]]" for "[a, [b". */
function closingsFor(written: string): string {
  const open: string[] = [];
  let quote: string | undefined;
  // A quote opens text only where an item starts: the ' in [o'brien] is an apostrophe.
  let itemStart = true;
  for (const char of written) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (itemStart && (char === '"' || char === "'")) quote = char;
    else if (char === '[') open.push(']');
    else if (char === '{') open.push('}');
    else if (char === ']' || char === '}') open.pop();
    if (char !== ' ') itemStart = '[{,:'.includes(char);
  }
  return open.reverse().join('');
}

/** `name: value` at the start of a line, or after a list's dash. */
const FIELD = /^(\s*(?:- )?)([\w.-]+):(?:\s+(.*))?$/;

/**
 * A field indented under one that already has a value (`title: A`, then `  summary: B`):
 * YAML reads it as part of that value, and reports the line above. The line to fix is
 * the indented one. Not when the value above has a colon of its own, which quotingHint
 * answers (`title: PCC: our response`).
 */
function fieldIndentedUnder(
  error: YAMLError,
  text: string,
  lineAt: (offset: number) => number,
): YamlProblem | undefined {
  const line = lineText(text, error.pos[0]);
  const field = FIELD.exec(line);
  if (!field?.[3] || /:\s/.test(field[3])) return undefined;
  // The first line after this one with anything on it, by its offset in the text.
  const end = text.indexOf('\n', error.pos[0]);
  if (end < 0) return undefined;
  const after = /\n[ \t]*\S/g;
  after.lastIndex = end;
  const start = after.exec(text);
  if (!start) return undefined;
  const next = lineText(text, start.index + 1);
  const nested = FIELD.exec(next);
  if (!nested || indentOf(next) <= indentOf(line)) return undefined;
  return {
    line: lineAt(start.index + 1),
    message: `"${nested[2]}:" is indented further than "${field[2]}:" above it, which has a value, so YAML reads it as part of that value. Start "${nested[2]}:" where "${field[2]}:" starts.`,
  };
}

function indentOf(line: string): number {
  return /^\s*(?:- )?/.exec(line)?.[0].length ?? 0;
}

/** `summary B`: a field's name and value with no colon between them. */
function missingColon(
  error: YAMLError,
  text: string,
  lineAt: (offset: number) => number,
): YamlProblem | undefined {
  const line = lineText(text, error.pos[0]);
  const words = /^(\s*)([A-Za-z][\w.-]*) +([^:#]+?)\s*$/.exec(line);
  if (!words) return undefined;
  // After a field with a plain value, the line may be that value wrapped onto a line of
  // its own, where a colon would make it a field no schema has: both are said.
  const lineStart = text.lastIndexOf('\n', error.pos[0] - 1);
  const above = text
    .slice(0, Math.max(lineStart, 0))
    .split('\n')
    .map((earlier) => earlier.replace(/\r$/, ''))
    .filter((earlier) => earlier.trim() !== '')
    .at(-1);
  const field = above === undefined ? null : FIELD.exec(above);
  const continues = Boolean(field?.[3]) && !/^["'[{|>]/.test(field?.[3] ?? '');
  const asField = `write ${words[2]}: ${words[3]}`;
  if (!field || !continues) {
    return {
      line: lineAt(error.pos[0]),
      message: `This line has no colon after the field's name: ${asField}`,
    };
  }
  // The joined line is written out whole: an editor that wraps long lines leaves a
  // summary split like this, and joining it is the likelier fix.
  const joined = `${(above ?? '').trim()} ${line.trim()}`;
  return {
    line: lineAt(error.pos[0]),
    message: `This line has no colon. If it goes on from "${field[2]}:" above, join the two lines: ${joined}${endStop(joined)} If it is a field of its own, ${asField}${endStop(line)}`,
  };
}

/** A full stop to end a sentence that quotes a line, unless the line ends with one. */
function endStop(quoted: string): string {
  return /[.!?]$/.test(quoted.trimEnd()) ? '' : '.';
}

/** Any other error: the library's words, and the line written in quotes when it is text. */
function otherError(
  error: YAMLError,
  text: string,
  lineAt: (offset: number) => number,
): YamlProblem {
  const line = lineText(text, error.pos[0]);
  return {
    line: lineAt(error.pos[0]),
    message:
      missingClosingQuote(line) ??
      `This is not valid YAML: ${error.message.split('\n')[0]}. ${quotingHint(line) ?? 'Check the quotes, colons and indentation on this line.'}`,
  };
}

function startOf(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

function keyName(node: unknown): string {
  return isScalar(node) ? String(node.value) : String(node);
}

/** The whole line of `text` that `offset` is on. */
function lineText(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  // A file saved with Windows line endings has a \r before each \n.
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

/** `title: "…`, `- "…`: a field's name, or a list's dash, and the value after it. */
const VALUE = /^(\s*(?:- )?(?:[\w.-]+:\s+)?)(.+?)\s*$/;

/**
 * A value that opens a quote and never closes it: `title: "Danny Kruger MP on … response`.
 * Quoting the line again would keep the first " as part of the title; the closing one is
 * what is missing. Quotes inside that pair up ("said "yes" to it) are a quotation in the
 * text; an odd one out means the first " was text too, and quotingHint answers.
 */
function missingClosingQuote(line: string): string | undefined {
  const [, before = '', value = ''] = VALUE.exec(line) ?? [];
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return undefined;
  const rest = value.slice(1);
  if (quote === '"') {
    const inside = rest.match(/(?<!\\)(?:\\\\)*"/g)?.length ?? 0;
    if (/(?<!\\)(?:\\\\)*"$/.test(rest) || inside % 2 === 1) return undefined;
    const escaped = rest.replace(/((?<!\\)(?:\\\\)*)"/g, '$1\\"');
    const also = inside > 0 ? ', and put a \\ before each " inside' : '';
    return `The closing " is missing: add it at the end of the line${also}: ${written(before, `"${escaped}"`)}`;
  }
  // A ' between letters is an apostrophe (PCC's); any other may close a quotation at the
  // start of the text ('Unacceptable' delays), which quotingHint answers.
  if (/'(?!\p{L})|(?<!\p{L})'/u.test(rest)) return undefined;
  if (!rest.includes("'"))
    return `The closing ' is missing: add it at the end of the line: ${written(before, `'${rest}'`)}`;
  // In single quotes an apostrophe would end the value: double quotes keep it as text.
  return `The closing ' is missing, and in single quotes an apostrophe ends the value: write it in double quotes instead, with a \\ before each " inside: ${written(before, `"${rest.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)}`;
}

/** The line as the author should write it: its field's name, or dash, then the value. */
function written(before: string, value: string): string {
  return [before.trim(), value].filter(Boolean).join(' ');
}

/**
 * Most broken lines in authors' frontmatter are text that YAML reads as syntax: a colon
 * and a space ("title: PCC: our response"), or quotes inside quotes ("said "yes""). Written
 * in double quotes, with the quotes inside escaped, the line says what the author meant;
 * the message gives it. Not for a list or a map in brackets, which is syntax on purpose.
 */
function quotingHint(line: string): string | undefined {
  const match = /^(\s*(?:- )?[\w.-]+:\s+)(.+?)\s*$/.exec(line);
  if (!match) return undefined;
  const [, key, value] = match as unknown as [string, string, string];
  if (/^[[{|>&*!]/.test(value)) return undefined;
  const unwrapped = /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
  const quoted = unwrapped.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `If this value is text, put it all in double quotes, with a \\ before each " inside: ${key.trim()} "${quoted}"`;
}
