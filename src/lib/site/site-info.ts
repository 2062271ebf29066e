/** The site's name, as shown in the header and in every page title. */
export const SITE_NAME = 'Child Protection Accountability';

/** One sentence saying what the site is, for the home page and link previews. */
export const SITE_DESCRIPTION =
  'Reports, statements and responses about how Wiltshire Police protects children, with the inspectorate’s recommendations followed through the documents that answer them.';
