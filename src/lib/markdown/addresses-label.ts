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

const NOUN: Record<RecommendationKind, { one: string; many: string }> = {
  recommendation: { one: 'recommendation', many: 'recommendations' },
  'area-for-improvement': { one: 'area for improvement', many: 'areas for improvement' },
  'cause-of-concern': { one: 'cause of concern', many: 'causes of concern' },
  'area-for-focus': { one: 'area still needing focus', many: 'areas still needing focus' },
  topic: { one: 'recommendation topic', many: 'recommendation topics' },
  commitment: { one: 'commitment', many: 'commitments' },
};

/**
 * The note's label for items of these kinds, in the order linked: "Addresses area still
 * needing focus: ", or, on a report, whose marked paragraphs say what it found rather than
 * answer anything, "Related recommendations: ". Items of different kinds are not named
 * by one noun: "Addresses: ".
 */
export function addressesLabel(kinds: readonly RecommendationKind[], onReport: boolean): string {
  const verb = onReport ? 'Related' : 'Addresses';
  const [first] = kinds;
  if (first === undefined || kinds.some((kind) => kind !== first)) return `${verb}: `;
  return `${verb} ${kinds.length > 1 ? NOUN[first].many : NOUN[first].one}: `;
}
