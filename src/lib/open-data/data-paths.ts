/** Where each open-data file lives: part of the public URL contract, like the pages. */
export const DATA_PAGE_PATH = '/data/';
export const DOCUMENTS_PATH = '/data/documents.json';
export const DOCUMENTS_SCHEMA_PATH = '/data/documents.schema.json';
export const RECOMMENDATIONS_PATH = '/data/recommendations.json';
export const RECOMMENDATIONS_SCHEMA_PATH = '/data/recommendations.schema.json';
export const RECOMMENDATIONS_CSV_PATH = '/data/recommendations.csv';
export const DEADLINES_PATH = '/deadlines.ics';
