/** Where each feed lives: part of the public URL contract, like the pages. */
import { organisationPath, recommendationPath } from '../site/urls';

export const SITE_FEED_PATH = '/feed.xml';

export function organisationFeedPath(id: string): string {
  return `${organisationPath(id)}feed.xml`;
}

export function recommendationFeedPath(id: string): string {
  return `${recommendationPath(id)}feed.xml`;
}
