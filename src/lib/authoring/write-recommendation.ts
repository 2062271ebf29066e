/**
 * Writes a new recommendation file for `npm run new -- recommendation`: only for a report
 * that exists, under a clean name, and never over a recommendation already there.
 */
import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DOCUMENT_COLLECTIONS, YAML_FOLDER_COLLECTIONS } from '../content/collection-layout';
import { contentRoot } from '../content/content-root';
import { didYouMean, idsToSuggest } from '../integrity/nearest';
import { ID_PATTERN } from '../text/id-suggestion';
import { recommendationTemplate } from './recommendation-template';
import { slugFromTitle } from './slug';
import { AuthoringError } from './write-document';

/**
 * Writes `<content>/recommendations/<report>-<name>.yaml`: the id says which report made
 * it. Returns the file's path relative to the project root.
 */
export async function writeNewRecommendation(
  projectRoot: string,
  report: string,
  name: string,
): Promise<string> {
  const root = contentRoot(projectRoot);
  const reportsFolder = join(root, DOCUMENT_COLLECTIONS.reports.directory);
  const reports = (await readdir(reportsFolder).catch(() => []))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.slice(0, -'.mdx'.length));
  if (!reports.includes(report)) {
    throw new AuthoringError(
      `There is no report "${report}" in ${relative(projectRoot, reportsFolder)}/.${didYouMean(reports, report)} The reports are: ${idsToSuggest(reports, report)}. Nothing was written.`,
    );
  }
  checkName(report, name);
  const folder = join(root, YAML_FOLDER_COLLECTIONS.recommendations.directory);
  const path = join(folder, `${report}-${name}.yaml`);
  if (await exists(path)) {
    throw new AuthoringError(
      `${relative(projectRoot, path)} already exists: a recommendation of that report already has that name. Nothing was written. Edit that file, or give a different short name.`,
    );
  }
  await mkdir(folder, { recursive: true });
  // "wx" fails if the file appeared since the check above: still never overwrite.
  await writeFile(path, recommendationTemplate(report), { flag: 'wx' });
  return relative(projectRoot, path);
}

/** The short name becomes the end of a permanent address, so it must be a clean slug. */
function checkName(report: string, name: string): void {
  if (name.startsWith(`${report}-`)) {
    throw new AuthoringError(
      `Give only the short name, ${name.slice(report.length + 1)}: the report's slug is put in front of it for you. Nothing was written.`,
    );
  }
  if (!ID_PATTERN.test(name)) {
    const suggestion = slugFromTitle(name) || 'missing-children';
    throw new AuthoringError(
      `The short name "${name}" becomes part of the recommendation's permanent address, so it must be lowercase words joined by hyphens, e.g. ${suggestion}. Nothing was written.`,
    );
  }
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
