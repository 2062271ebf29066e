/**
 * The build log's line on what the render cache saved: written by integration.ts, read
 * back by the bench, which checks that a rebuild renders only what changed. Kept together
 * so the words and the pattern that reads them cannot drift apart.
 */
export interface ReuseCounts {
  /** Pages linked unchanged from the previous build. */
  reused: number;
  /** Pages Astro rendered. */
  rendered: number;
  /** Files made in this build outside Astro (social cards, drawn or found in their cache). */
  linked: number;
}

/** Outputs made in a build rather than reused: pages Astro rendered, and social cards. */
export function madeInBuild({ rendered, linked }: ReuseCounts): number {
  return rendered + linked;
}

export function describeReuse({ reused, rendered, linked }: ReuseCounts): string {
  return `Reused ${reused} unchanged pages from the previous build; rendered ${rendered}; linked ${linked} social cards from their cache.`;
}

const REUSE_LINE =
  /Reused (\d+) unchanged pages from the previous build; rendered (\d+); linked (\d+) social cards from their cache\./g;

/** The counts from a build's log (the last such line), or undefined if it has none. */
export function readReuse(log: string): ReuseCounts | undefined {
  const last = [...log.matchAll(REUSE_LINE)].at(-1);
  return last
    ? { reused: Number(last[1]), rendered: Number(last[2]), linked: Number(last[3]) }
    : undefined;
}
