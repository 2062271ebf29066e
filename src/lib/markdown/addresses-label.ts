/**
 * The words before the links of the note under a marked paragraph ("Addresses
 * recommendation: …"). The compiler (rehype-paragraph-ids.ts) writes the recommendation
 * form; the page (document-html.ts) rewords it for what the items are, which lives in
 * other files: a review's area still needing focus or a PCC's commitment is not a
 * recommendation, and the note must not call it one. A module of its own: the search
 * page's script reaches document-html.ts, and must not bundle the compiler or zod.
 */
import type { RecommendationKind } from '../../schemas/recommendation';

export const ADDRESSES_LABEL = {
  one: 'Addresses recommendation: ',
  many: 'Addresses recommendations: ',
} as const;

/** What each kind of tracked item is called in a sentence. */
export const KIND_NOUN: Record<RecommendationKind, { one: string; many: string }> = {
  recommendation: { one: 'recommendation', many: 'recommendations' },
  'area-for-improvement': { one: 'area for improvement', many: 'areas for improvement' },
  'cause-of-concern': { one: 'cause of concern', many: 'causes of concern' },
  'area-for-focus': { one: 'area still needing focus', many: 'areas still needing focus' },
  topic: { one: 'recommendation topic', many: 'recommendation topics' },
  commitment: { one: 'commitment', many: 'commitments' },
};

/** One item the note links to: what it is, and whether this document is where it was made. */
export interface NotedItem {
  kind: RecommendationKind;
  /** A commitment's own paragraph, in the response that makes it, makes it rather than addresses it. */
  madeHere: boolean;
}

/**
 * A marked paragraph's note: each item's link (`links`, in the items' order) after a label
 * saying what the paragraph does with it. "Addresses area still needing focus: …",
 * "Makes commitment: …", or, on a report, whose marked paragraphs say what it found rather
 * than answer anything, "Related recommendations: …". Items of different kinds are not
 * named by one noun ("Addresses: …"). A paragraph that makes a commitment and answers
 * other items says both: "Makes commitment: …; addresses: …".
 */
export function addressesNote(
  items: readonly NotedItem[],
  links: readonly string[],
  onReport: boolean,
): string {
  const made = items.flatMap((item, at) => (item.madeHere ? [at] : []));
  const answered = items.flatMap((item, at) => (item.madeHere ? [] : [at]));
  const part = (indexes: number[]) =>
    addressesLabel(
      indexes.map((at) => items[at]!),
      onReport,
    ) + indexes.map((at) => links[at]).join(', ');
  if (made.length === 0 || answered.length === 0) return part(made.length > 0 ? made : answered);
  const rest = part(answered);
  return `${part(made)}; ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

/** The label for items that the paragraph all makes, or all answers. */
function addressesLabel(items: readonly NotedItem[], onReport: boolean): string {
  const [first] = items;
  if (first === undefined) return onReport ? 'Related: ' : 'Addresses: ';
  const sameKind = items.every((item) => item.kind === first.kind);
  const noun = items.length > 1 ? KIND_NOUN[first.kind].many : KIND_NOUN[first.kind].one;
  if (first.madeHere) return sameKind ? `Makes ${noun}: ` : 'Makes: ';
  const verb = onReport ? 'Related' : 'Addresses';
  return sameKind ? `${verb} ${noun}: ` : `${verb}: `;
}
