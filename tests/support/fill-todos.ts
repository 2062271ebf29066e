/**
 * What an author does after `npm run new`: replaces each TODO with a real value. The
 * values name entries that exist in the real content, so the result can be published.
 */
export const FILLED_BODY = 'The Commissioner welcomes the progress set out in the report.';

export function fillTodos(text: string): string {
  return text
    .replace(
      /^summary: "TODO:.*"$/m,
      'summary: The Commissioner welcomes the progress in the review.',
    )
    .replace(/^published: "TODO:.*"$/m, 'published: "2024-03-05"')
    .replace(/^issuer: "TODO:.*"$/m, 'issuer: opcc-wiltshire-swindon')
    .replace(/^ {2}url: "TODO:.*"$/m, '  url: https://www.wiltshire-pcc.gov.uk/')
    .replace(/^verbatim: "TODO:.*"$/m, 'verbatim: true')
    .replace(/^respondsTo: \["TODO:.*"\]$/m, 'respondsTo: [ncpi-wiltshire-2022]')
    .replace(/^force: "TODO:.*"$/m, 'force: wiltshire-police')
    .replace(/^inspection: "TODO:.*"$/m, 'inspection: ncpi')
    .replace(/^TODO:.*$/m, FILLED_BODY);
}

/** What an author does after `npm run new -- recommendation`: the same, for its fields. */
export function fillRecommendationTodos(text: string): string {
  return text
    .replace(/^kind: "TODO:.*"$/m, 'kind: topic')
    .replace(/^title: "TODO:.*"$/m, 'title: Training')
    .replace(/^text: "TODO:.*"$/m, 'text: Training for officers who work with children.')
    .replace(/^addressedTo: \["TODO:.*"\]$/m, 'addressedTo: [wiltshire-police]')
    .replace(
      /^source: "TODO:.*"$/m,
      'source: https://hmicfrs.justiceinspectorates.gov.uk/publication-html/wiltshire-national-child-protection-inspection/',
    );
}
