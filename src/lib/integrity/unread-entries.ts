/**
 * Entries whose files are there but failed to read. `npm run check:content` still checks
 * the links between the files that did read, so an author sees every problem in one run;
 * these stand in for the rest. Each exists (a reference to it is not dangling), but what
 * it says is not known, so no check that needs its contents is made (a #pN on its page,
 * a date before its report's, the paragraphs recorded for its page).
 *
 * The build checks links between files only once every file reads, so it has none.
 */
import type { DocumentType } from '../site/types';

export interface UnreadEntries {
  documents: readonly { type: DocumentType; id: string }[];
  organisations: ReadonlySet<string>;
  people: ReadonlySet<string>;
  recommendations: ReadonlySet<string>;
}

export function nothingUnread(): UnreadEntries {
  return { documents: [], organisations: new Set(), people: new Set(), recommendations: new Set() };
}
