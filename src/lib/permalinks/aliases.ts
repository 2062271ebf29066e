/**
 * Reads `content/aliases.yaml`, where an author declares that a published address moved:
 *
 *     - from: /reports/old-slug/          # a page that moved
 *       to: /reports/new-slug/
 *     - from: /reports/slug/#p7           # an anchor that moved on the same page
 *       to: /reports/slug/#p8
 *
 * A missing file means no aliases.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { aliasListSchema } from '../../schemas/alias';
import { validateFields } from '../content/validate';
import { parseYaml } from '../content/yaml-with-lines';
import type { ContentProblem } from '../markdown/content-error';
import { parsePlace, type Place } from './places';

export const ALIASES_FILE = 'aliases.yaml';

export interface ParsedAlias {
  from: Place;
  to: Place;
  /** Line of the item in the file, for messages. */
  line?: number | undefined;
}

/** The item to add to the aliases file, indented as the file's list, for messages. */
export function aliasToWrite(from: string, to: string): string {
  return `\n      - from: ${from}\n        to: ${to}`;
}

export async function readAliases(
  contentRoot: string,
  projectRoot: string,
): Promise<{ aliases: ParsedAlias[]; file: string } | { problems: ContentProblem[] }> {
  const absolute = join(contentRoot, ALIASES_FILE);
  const file = relative(projectRoot, absolute);
  const text = await readFile(absolute, 'utf8').catch(() => undefined);
  if (text === undefined) return { aliases: [], file };
  const result = parseYaml(text, file);
  if ('problems' in result) return result;
  const list = result.parsed.data ?? [];
  const fields = validateFields(aliasListSchema, list, file, result.parsed.lineOf);
  if ('problems' in fields) {
    const problems = fields.problems.map((problem) =>
      problem.field === undefined ? problem : { ...problem, field: itemField(problem.field) },
    );
    return { problems };
  }
  return {
    file,
    aliases: fields.data.map((alias, index) => ({
      from: parsePlace(alias.from),
      to: parsePlace(alias.to),
      line: result.parsed.lineOf([index, 'from']),
    })),
  };
}

/**
 * "item 2 to" for the schema's "1.to": counted from one, as the glossary's items are
 * (read-yaml.ts). From zero, an author sent to "1" looks at the first alias, not the second.
 */
function itemField(field: string): string {
  const [, index, rest] = /^(\d+)(?:\.(.*))?$/.exec(field) ?? [];
  if (index === undefined) return field;
  return `item ${Number(index) + 1}${rest ? ` ${rest}` : ''}`;
}
