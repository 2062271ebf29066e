/**
 * The words before the links of the note under a marked paragraph ("Addresses
 * recommendation: …"), for one recommendation and for several. Written by the compiler
 * (rehype-paragraph-ids.ts) and reworded on a report's page (document-html.ts). A module
 * of its own: the search page's script reaches document-html.ts, and must not bundle the
 * compiler.
 */
export const ADDRESSES_LABEL = {
  one: 'Addresses recommendation: ',
  many: 'Addresses recommendations: ',
} as const;
