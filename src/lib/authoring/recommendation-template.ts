/**
 * The file written by `npm run new -- recommendation`: every field of the recommendation
 * schema (src/schemas/recommendation.ts), each explained in a comment above it, with the
 * same TODO markers as a new document's, which the check refuses until they are replaced.
 */
import { RECOMMENDATION_KINDS } from '../../schemas/recommendation';
import { todo, yamlFields, type TemplateField } from './document-template';

/** @param report The slug of the report that made it, already checked to exist. */
export function recommendationFields(report: string): TemplateField[] {
  return [
    {
      name: 'report',
      help: 'The slug of the report that made it: its file name in content/reports/ without .mdx.',
      value: report,
    },
    {
      name: 'madeIn',
      help: 'Optional. Only for a commitment: the slug of the response or statement that made it (its file name in content/responses/ or content/statements/ without .mdx).',
      example: todo('write the slug of the response or statement that made the commitment.'),
    },
    {
      name: 'kind',
      help: `What it is: ${RECOMMENDATION_KINDS.join(', ')}. A topic is one of the topics a report's recommendations cover, for when their wording is not on this site; a commitment is something a response says its author will do.`,
      value: todo(`write one of ${RECOMMENDATION_KINDS.join(', ')}.`),
    },
    {
      name: 'title',
      help: 'A short plain-English name, e.g. Missing children.',
      value: todo('write a short plain-English name, e.g. Missing children.'),
    },
    {
      name: 'text',
      help: 'What it says: our plain-English summary, or the report’s own words copied exactly (then change wording below to official).',
      value: todo('write what the recommendation says, in one or two sentences.'),
    },
    {
      name: 'wording',
      // The site never invents official wording: a new file starts as our summary.
      help: 'summary: the text above is ours, and the page says so and links to the report, where the official wording is. Write official only when the text is the report’s own words, copied exactly.',
      value: 'summary',
    },
    {
      name: 'note',
      help: 'Optional. A caveat shown under the text, e.g. how this topic relates to the report’s numbered recommendations.',
      example: todo('write the caveat, in a sentence or two.'),
    },
    {
      name: 'addressedTo',
      help: 'Ids of the organisations it is addressed to (file names in content/organisations/ without .yaml); for a topic, an area for focus or a commitment, those it is about.',
      value: `[${todo('write the id of the organisation it is addressed to, e.g. wiltshire-police.')}]`,
    },
    {
      name: 'themes',
      help: 'Theme ids from content/themes.yaml, e.g. [missing-children]. Leave [] if none.',
      value: '[]',
    },
    {
      name: 'source',
      help: 'The official report’s web address, where the recommendation can be read, starting with https://',
      value: todo('write the web address of the official report (it starts with https://).'),
    },
  ];
}

/** The whole text of `content/recommendations/<id>.yaml`. */
export function recommendationTemplate(report: string): string {
  return yamlFields(recommendationFields(report));
}
