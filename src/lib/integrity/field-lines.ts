/**
 * Gives the problems found between files the line of the field each one names. Those
 * checks run on the content as Astro stores it, which keeps no line numbers (keeping them
 * for every field of 10,000 entries would grow the store that every page loads, for the
 * rare build that fails), so a failing check reads back only the files its problems name.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ContentProblem } from '../markdown/content-error';
import { parseFrontmatter } from '../content/frontmatter';
import { parseYaml, type LineOf } from '../content/yaml-with-lines';

interface ReadBack {
  data: unknown;
  lineOf: LineOf;
}

/**
 * @param root the folder the problems' file paths are relative to.
 */
export async function withFieldLines(
  problems: readonly ContentProblem[],
  root: string,
): Promise<ContentProblem[]> {
  const files = new Map<string, Promise<ReadBack | undefined>>();
  const readBack = (file: string) => {
    let read = files.get(file);
    if (!read) {
      read = readFieldsOf(resolve(root, file), file);
      files.set(file, read);
    }
    return read;
  };
  return Promise.all(
    problems.map(async (problem) => {
      if (problem.line !== undefined || problem.field === undefined) return problem;
      const read = await readBack(problem.file);
      const line = read && lineOfField(read, problem.field, problem.entry);
      return line === undefined ? problem : { ...problem, line };
    }),
  );
}

/** A file that can no longer be read or parsed keeps its problems as they were. */
async function readFieldsOf(path: string, file: string): Promise<ReadBack | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const parsed = /\.ya?ml$/.test(file) ? parseYaml(text, file) : parseFrontmatter(text, file);
  return 'parsed' in parsed ? parsed.parsed : undefined;
}

/**
 * The line of `roles.0.organisation` and the like. In a file holding a list of entries
 * (the glossary), the path starts at the entry whose id is `entry`. A field the file does
 * not have (a required one left out) gets no line, rather than the first line of the file.
 */
function lineOfField(read: ReadBack, field: string, entry: string | undefined): number | undefined {
  // YAML finds a list's item by its index written as text ("roles.0.organisation").
  const path = field.split('.');
  const [first = ''] = path;
  if (!Array.isArray(read.data)) {
    return isRecord(read.data) && first in read.data ? read.lineOf(path) : undefined;
  }
  // As read-yaml.ts reads a list's ids: as text.
  const index = read.data.findIndex((item) => isRecord(item) && String(item.id) === entry);
  const item: unknown = read.data[index];
  return isRecord(item) && first in item ? read.lineOf([index, ...path]) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
