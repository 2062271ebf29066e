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
}

export function describeReuse({ reused, rendered }: ReuseCounts): string {
  return `Reused ${reused} unchanged pages from the previous build; rendered ${rendered}.`;
}

const REUSE_LINE = /Reused (\d+) unchanged pages from the previous build; rendered (\d+)\./g;

/** The counts from a build's log (the last such line), or undefined if it has none. */
export function readReuse(log: string): ReuseCounts | undefined {
  const last = [...log.matchAll(REUSE_LINE)].at(-1);
  return last ? { reused: Number(last[1]), rendered: Number(last[2]) } : undefined;
}
