/**
 * The permalink manifest, `content/permalinks.json`: every page and anchor the site has
 * ever published, a fingerprint of the words of each numbered paragraph
 * (paragraph-words.ts), so the build can tell a renumbered paragraph from a corrected
 * one, and how many dated updates each document's page listed when its words were
 * recorded, so a correction is not made without one (rewording.ts). Pages and anchors
 * only ever grow (`npm run permalinks:record` adds what is new);
 * the build fails when something in it is no longer published and no alias says where it
 * went. One page per line, sorted, so a change reads clearly in a diff.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { ContentError } from '../markdown/content-error';
import type { ParagraphWordsMap } from './paragraph-words';
import { naturalOrder, type PermalinkMap } from './places';
import type { UpdateCounts } from './rewording';

export const MANIFEST_FILE = 'permalinks.json';

export interface Manifest {
  pages: PermalinkMap;
  paragraphs: ParagraphWordsMap;
  /** Pages that list no update are left out. */
  updates: UpdateCounts;
}

const ABOUT =
  "Every page and anchor this site has published, a fingerprint of each numbered paragraph's words, and how many dated updates each document's page listed when its words were recorded. Do not edit by hand: run npm run permalinks:record. Declare moved addresses in aliases.yaml.";

export function parseManifest(text: string, file = MANIFEST_FILE): Manifest {
  const data = manifestJson(text, file) as {
    pages?: Record<string, string[]>;
    paragraphs?: Record<string, Record<string, string>>;
    updates?: Record<string, number>;
  };
  return {
    pages: new Map(
      Object.entries(data.pages ?? {}).map(([path, anchors]) => [path, new Set(anchors)]),
    ),
    paragraphs: new Map(
      Object.entries(data.paragraphs ?? {}).map(([path, prints]) => [
        path,
        new Map(Object.entries(prints)),
      ]),
    ),
    updates: new Map(Object.entries(data.updates ?? {})),
  };
}

export function serialiseManifest({ pages, paragraphs, updates }: Manifest): string {
  const line = (path: string, value: unknown) =>
    `    ${JSON.stringify(path)}: ${JSON.stringify(value)}`;
  const pageLines = [...pages.keys()]
    .sort(naturalOrder)
    .map((path) => line(path, [...pages.get(path)!].sort(naturalOrder)));
  const paragraphLines = [...paragraphs.keys()].sort(naturalOrder).map((path) => {
    const prints = paragraphs.get(path)!;
    const anchors = [...prints.keys()].sort(naturalOrder);
    return line(path, Object.fromEntries(anchors.map((anchor) => [anchor, prints.get(anchor)])));
  });
  const updateLines = [...updates.keys()]
    .filter((path) => updates.get(path)! > 0)
    .sort(naturalOrder)
    .map((path) => line(path, updates.get(path)));
  const section = (name: string, lines: string[]) =>
    lines.length === 0 ? `  "${name}": {}` : `  "${name}": {\n${lines.join(',\n')}\n  }`;
  return `{\n  "about": ${JSON.stringify(ABOUT)},\n${section('pages', pageLines)},\n${section('paragraphs', paragraphLines)},\n${section('updates', updateLines)}\n}\n`;
}

/** The manifest, or an empty one when none has been recorded yet. */
export async function readManifest(file: string): Promise<Manifest> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text === undefined ? emptyManifest() : parseManifest(text, file);
}

export function emptyManifest(): Manifest {
  return { pages: new Map(), paragraphs: new Map(), updates: new Map() };
}

/**
 * Everything recorded plus everything published now: no page or anchor is ever dropped.
 * A published paragraph's fingerprint is its words now (corrected words are the ones
 * published from now on); one no longer published keeps the words it had. So does a
 * page's count of updates.
 */
export function mergeManifest(recorded: Manifest, published: Manifest): Manifest {
  const pages: PermalinkMap = new Map(
    [...recorded.pages].map(([path, anchors]) => [path, new Set(anchors)]),
  );
  for (const [path, anchors] of published.pages) {
    const into = pages.get(path) ?? new Set<string>();
    for (const anchor of anchors) into.add(anchor);
    pages.set(path, into);
  }
  const paragraphs: ParagraphWordsMap = new Map(
    [...recorded.paragraphs].map(([path, prints]) => [path, new Map(prints)]),
  );
  for (const [path, prints] of published.paragraphs) {
    paragraphs.set(path, new Map([...(paragraphs.get(path) ?? []), ...prints]));
  }
  return { pages, paragraphs, updates: new Map([...recorded.updates, ...published.updates]) };
}

/**
 * Only the recorded pages and their anchors, as written: what a check of links needs,
 * without building a map of every paragraph's fingerprint (half a million at 10,000
 * documents). Empty when no manifest has been recorded yet.
 */
export async function readRecordedPages(file: string): Promise<Map<string, readonly string[]>> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return new Map();
  const data = manifestJson(text, file) as { pages?: Record<string, string[]> };
  return new Map(Object.entries(data.pages ?? {}));
}

/**
 * The manifest's JSON. Two branches that each published pages leave a merge conflict
 * in it, the likeliest way for it to break; what to do then is said, not a parser's
 * position.
 */
function manifestJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = isAbsolute(file) ? relative(process.cwd(), file) : file;
    const conflict = /^<{7}/m.exec(text);
    const line = text.slice(0, conflict?.index ?? 0).split('\n').length;
    throw new ContentError([
      {
        file: where,
        ...(conflict ? { line } : {}),
        message: conflict
          ? 'This file still has a merge conflict in it. Keep the lines of both versions (every address either one published must stay), delete the <<<<<<<, ======= and >>>>>>> lines, and check that each line but the last of a list ends with a comma.'
          : `This file is not valid JSON (${(error as Error).message}). Take it back as it was in git (git checkout -- ${where}), then run npm run permalinks:record to add what this build publishes.`,
      },
    ]);
  }
}

export async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  await writeFile(file, serialiseManifest(manifest));
}
