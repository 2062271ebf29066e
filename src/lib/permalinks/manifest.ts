/**
 * The permalink manifest, `content/permalinks.json`: every page and anchor the site has
 * ever published. It only grows (`npm run permalinks:record` adds what is new); the
 * build fails when something in it is no longer published and no alias says where it
 * went. One page per line, sorted, so a change reads clearly in a diff.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { PermalinkMap } from './places';

export const MANIFEST_FILE = 'permalinks.json';

const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;

export function parseManifest(text: string): PermalinkMap {
  const data = JSON.parse(text) as { pages?: Record<string, string[]> };
  return new Map(
    Object.entries(data.pages ?? {}).map(([path, anchors]) => [path, new Set(anchors)]),
  );
}

export function serialiseManifest(map: PermalinkMap): string {
  const lines = [...map.keys()]
    .sort(naturalOrder)
    .map(
      (path) =>
        `    ${JSON.stringify(path)}: ${JSON.stringify([...map.get(path)!].sort(naturalOrder))}`,
    );
  return `{\n  "about": "Every page and anchor this site has published. Do not edit by hand: run npm run permalinks:record. Declare moved addresses in aliases.yaml.",\n  "pages": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** The manifest, or an empty one when none has been recorded yet. */
export async function readManifest(file: string): Promise<PermalinkMap> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text === undefined ? new Map() : parseManifest(text);
}

/** Everything recorded plus everything published now: nothing is ever dropped. */
export function mergeManifest(recorded: PermalinkMap, published: PermalinkMap): PermalinkMap {
  const merged: PermalinkMap = new Map(
    [...recorded].map(([path, anchors]) => [path, new Set(anchors)]),
  );
  for (const [path, anchors] of published) {
    const into = merged.get(path) ?? new Set<string>();
    for (const anchor of anchors) into.add(anchor);
    merged.set(path, into);
  }
  return merged;
}

export async function writeManifest(file: string, map: PermalinkMap): Promise<void> {
  await writeFile(file, serialiseManifest(map));
}
