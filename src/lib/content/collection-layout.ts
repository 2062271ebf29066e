/**
 * Where each collection lives under the content root and which schema checks it. Both
 * src/content.config.ts and `npm run check:content` read this, so they check the same
 * folders with the same schemas.
 */
import { reportSchema, responseSchema, statementSchema } from '../../schemas/document';
import { glossaryTermSchema } from '../../schemas/glossary';
import { organisationSchema } from '../../schemas/organisation';
import { personSchema } from '../../schemas/person';
import { recommendationSchema } from '../../schemas/recommendation';
import { themeSchema } from '../../schemas/theme';
import type { DocumentType } from '../site/types';

export const DOCUMENT_COLLECTIONS = {
  reports: { type: 'report', directory: 'reports', schema: reportSchema },
  statements: { type: 'statement', directory: 'statements', schema: statementSchema },
  responses: { type: 'response', directory: 'responses', schema: responseSchema },
} as const;

/** The folder, under the content root, of a type's documents. */
export function documentDirectory(type: DocumentType): string {
  const collection = Object.values(DOCUMENT_COLLECTIONS).find((entry) => entry.type === type);
  if (!collection) throw new Error(`No collection holds documents of type ${type}.`);
  return collection.directory;
}

export const YAML_FOLDER_COLLECTIONS = {
  organisations: { directory: 'organisations', schema: organisationSchema },
  people: { directory: 'people', schema: personSchema },
  recommendations: { directory: 'recommendations', schema: recommendationSchema },
} as const;

/** The content folder's single-file lists, with what to tell an author who has none. */
export const GLOSSARY = {
  file: 'glossary.yaml',
  schema: glossaryTermSchema,
  missing: 'This file is missing. Create it with a list of terms, or write "[]" in it for none.',
} as const;

export const THEMES = {
  file: 'themes.yaml',
  schema: themeSchema,
  missing:
    'This file is missing. Create it with a list of themes, each as - id: and label:, or write "[]" in it for none.',
} as const;
