/**
 * The licence of everything under /data/ and of the feeds: the one place to change it.
 * Open Government Licence v3.0 by default, as for the public-sector material it carries.
 */
export interface Licence {
  /** The licence's name as its publisher writes it. */
  name: string;
  /** Short identifier, SPDX where one exists. */
  id: string;
  /** Where the licence can be read. */
  url: string;
  /** What a re-user should credit, in one sentence. */
  attribution: string;
}

export const DATA_LICENCE: Licence = {
  name: 'Open Government Licence v3.0',
  id: 'OGL-UK-3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0. Quoted documents remain the words of their authors; each record links to its original.',
};
