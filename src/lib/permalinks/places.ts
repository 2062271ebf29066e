/** Permalinks as data: a page path and, for an anchor, the id after "#". */

/** Every published page and the anchors on it: `{ "/reports/x/": ["p1", "findings"] }`. */
export type PermalinkMap = Map<string, Set<string>>;

/** Paths and anchors in reading order: `p2` before `p10`. */
export const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;

export interface Place {
  path: string;
  anchor?: string | undefined;
}

export function parsePlace(text: string): Place {
  const [path = '', anchor] = text.split('#');
  return anchor === undefined ? { path } : { path, anchor };
}

export function formatPlace(place: Place): string {
  return place.anchor === undefined ? place.path : `${place.path}#${place.anchor}`;
}

export function hasPlace(map: PermalinkMap, place: Place): boolean {
  const anchors = map.get(place.path);
  return anchors !== undefined && (place.anchor === undefined || anchors.has(place.anchor));
}
