/** The search page and the A–Z list it falls back to: public routes, kept stable. */
export const SEARCH_PATH = '/search/';
export const ALL_DOCUMENTS_PATH = '/documents/';
