// One built page of each template, for checks too slow to run on every page (keyboard,
// reflow). Chosen from the built site, so a new page of a template is covered by name.
import type { BuiltPage } from './built-site';

export interface TemplatePage {
  template: string;
  /** Path under the base to open, e.g. `reports/` (the 404 page: any missing address). */
  path: string;
}

const TEMPLATES: ReadonlyArray<readonly [template: string, pattern: RegExp]> = [
  ['home', /^index\.html$/],
  ['listing', /^(reports|statements|responses)\/index\.html$/],
  ['document', /^(reports|statements|responses)\/[^/]+\/index\.html$/],
  ['organisation', /^organisations\/[^/]+\/index\.html$/],
  ['person', /^people\/[^/]+\/index\.html$/],
  ['accessibility', /^accessibility\/index\.html$/],
  ['directory', /^people\/index\.html$/],
  ['recommendations', /^recommendations\/index\.html$/],
  ['recommendation', /^recommendations\/[^/]+\/index\.html$/],
  ['briefing', /^recommendations\/[^/]+\/briefing\/index\.html$/],
  ['timeline', /^timeline\/index\.html$/],
  ['glossary', /^glossary\/index\.html$/],
  ['open data', /^data\/index\.html$/],
  ['search', /^search\/index\.html$/],
];

/** The first built page of each template, plus the 404 page at an address that does not exist. */
export function templatePages(pages: readonly BuiltPage[]): TemplatePage[] {
  const found = TEMPLATES.map(([template, pattern]) => {
    const page = pages.find((candidate) => pattern.test(candidate.file));
    if (!page) throw new Error(`No built page for the ${template} template (${pattern})`);
    return { template, path: page.file.replace(/index\.html$/, '') };
  });
  return [...found, { template: '404', path: 'no-such-page-here/' }];
}
