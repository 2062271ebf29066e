/**
 * What every JSON file under /data/ opens with, before its records: where its schema is,
 * which site it comes from and its licence, so a copy read on its own still says all three.
 */
import { absoluteUrl, type UrlContext } from '../site/absolute-url';
import { DATA_LICENCE, type Licence } from './licence';

export interface DataFileHeader {
  $schema: string;
  site: string;
  licence: Licence;
}

/** `schemaPath` is the file's schema's path on the site (data-paths.ts). */
export function dataFileHeader(schemaPath: string, urls: UrlContext): DataFileHeader {
  return {
    $schema: absoluteUrl(schemaPath, urls.site, urls.base),
    site: absoluteUrl('/', urls.site, urls.base),
    licence: DATA_LICENCE,
  };
}
