/**
 * Readable names of theme ids, from content/themes.yaml: the same on pages and in search's
 * filters. Every theme a document or recommendation names is checked against that list
 * (check-integrity.ts), so a page never shows a made-up name.
 */
import type { Theme } from '../../schemas/theme';
import { entryById } from './entry-by-id';
import type { Entry } from './types';

export function themeLabel(themes: readonly Entry<Theme>[], id: string): string {
  // The id only while the content has a problem: the build stops before publishing it.
  return entryById(themes, id)?.data.label ?? id;
}
