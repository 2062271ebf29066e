/**
 * The themes a data file's records name, each with the label the site shows for it: the
 * records give theme ids (stable, to filter on), and a program or a spreadsheet user
 * looks their names up here rather than in the site's content.
 */
import type { Theme } from '../../schemas/theme';
import type { Entry } from '../site/types';

export interface ThemeRecord {
  id: string;
  label: string;
}

/** Every theme, in the order of content/themes.yaml. */
export function themeRecords(themes: readonly Entry<Theme>[]): ThemeRecord[] {
  return themes.map((theme) => ({ id: theme.id, label: theme.data.label }));
}
