/**
 * A JSON file the build wrote for the search page, fetched from under the site's base
 * path and checked to be the shape the page reads: a file from an older build, or an
 * error page served in its place, fails here with its address, not later as a wrong
 * result.
 */
import { withBase } from '../../site/urls';

export async function fetchSiteJson<T>(
  path: string,
  isExpected: (value: unknown) => value is T,
  what: string,
): Promise<T> {
  const response = await fetch(withBase(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const value: unknown = await response.json();
  if (!isExpected(value)) throw new Error(`${path} is not ${what}.`);
  return value;
}
