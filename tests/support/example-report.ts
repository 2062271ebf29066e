/**
 * A report and the one recommendation it makes, for fixture builds that need a tracked
 * item: the minimal fixture (tests/fixtures/minimal-content) has no report. Each test
 * gives its own summary and recommendation, which say what the report is there for.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ExampleReport {
  summary: string;
  recommendation: { id: string; title: string };
}

/** Writes reports/example-report.mdx and its recommendation into a copy of the fixture. */
export async function addExampleReport(
  dir: string,
  { summary, recommendation }: ExampleReport,
): Promise<void> {
  await writeFile(join(dir, 'reports/example-report.mdx'), reportSource(summary));
  await writeFile(
    join(dir, `recommendations/${recommendation.id}.yaml`),
    recommendationSource(recommendation.title),
  );
}

function reportSource(summary: string): string {
  return `---
title: An example report
summary: ${summary}
published: '2023-08-01'
issuer: example-force
source:
  url: https://example.org/report
verbatim: false
force: example-force
inspection: ncpi
---

A first paragraph.
`;
}

function recommendationSource(title: string): string {
  return `report: example-report
kind: recommendation
title: ${title}
text: What it asks.
wording: summary
addressedTo: [example-force]
source: https://example.org/report
`;
}
