/**
 * axe, as every browser test runs it: the WCAG 2.2 A and AA rules, each violation
 * reported by its rule, what it means and where.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe's tags for the WCAG 2.2 A and AA success criteria (and those of 2.0 and 2.1). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The page's violations, as `rule (what it means) at selector, …`; none is an empty list.
 * A page must come from `browser.newContext()` for axe to inspect it.
 *
 * @param within a selector: only that part of the page is checked.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
    return `${violation.id} (${violation.help}) at ${targets.join(', ')}`;
  });
}
