/**
 * Entries whose files are there but failed to read. The build and `npm run check:content`
 * still check the links between the files that did read, so an author sees every problem
 * in one run; these stand in for the rest. Each exists (a reference to it is not dangling), but what
 * it says is not known, so no check that needs its contents is made (a #pN on its page,
 * a date before its report's, the paragraphs recorded for its page).
 *
 * The build learns them from the content loaders (src/lib/site/loader-problems.ts).
 */
import type { DocumentType } from '../site/types';

export interface UnreadEntries {
  documents: readonly { type: DocumentType; id: string }[];
  organisations: ReadonlySet<string>;
  people: ReadonlySet<string>;
  recommendations: ReadonlySet<string>;
  /**
   * Whether content/themes.yaml failed to read in any part: a theme an author wrote may be
   * in the part that failed, so no document's or recommendation's themes are checked.
   */
  themes: boolean;
}

export function nothingUnread(): UnreadEntries {
  return {
    documents: [],
    organisations: new Set(),
    people: new Set(),
    recommendations: new Set(),
    themes: false,
  };
}
