import { z } from 'astro/zod';
import { entryId, text } from './fields';

/**
 * One topic documents and recommendations are grouped by: an item of `content/themes.yaml`.
 * Themes are the site's own grouping, not any source's words, so they need no source.
 */
export const themeSchema = z.strictObject({
  /** The id frontmatter writes in `themes:`, e.g. `missing-children`. */
  id: entryId,
  /** The theme's name as readers see it, on pages and in search's filters: "Missing children". */
  label: text('the theme’s name as readers see it, e.g. Missing children'),
});

export type Theme = z.output<typeof themeSchema>;
