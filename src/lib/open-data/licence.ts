/**
 * The licence of everything under /data/ and of the feeds: the one place to change it.
 * It covers what this site wrote (records, dates, links, summaries), never the documents
 * it republishes: those stay their authors' and publishers', so nothing here may claim
 * to license them.
 */
import { SITE_NAME } from '../site/site-info';

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
  attribution: `Contains data from ${SITE_NAME}, licensed under the Open Government Licence v3.0. The documents and words it quotes remain their authors’ and publishers’; each record links to its original.`,
};
