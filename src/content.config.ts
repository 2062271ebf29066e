/**
 * The content collections. Documents are compiled by our own loader (no JavaScript
 * module per document); data collections are YAML. Cross-collection checks (dangling
 * references, chronology) run once every collection is loaded: see src/lib/integrity/.
 */
import { defineCollection } from 'astro:content';
import { mdxDocumentLoader } from './lib/content/mdx-document-loader';
import { yamlFolderLoader, yamlListLoader } from './lib/content/yaml-loaders';
import { reportSchema, responseSchema, statementSchema } from './schemas/document';
import { glossaryTermSchema } from './schemas/glossary';
import { organisationSchema } from './schemas/organisation';
import { personSchema } from './schemas/person';
import { recommendationSchema } from './schemas/recommendation';

const documents = <
  Schema extends typeof reportSchema | typeof statementSchema | typeof responseSchema,
>(
  directory: string,
  schema: Schema,
) => defineCollection({ loader: mdxDocumentLoader({ directory, schema }), schema });

export const collections = {
  reports: documents('reports', reportSchema),
  statements: documents('statements', statementSchema),
  responses: documents('responses', responseSchema),
  organisations: defineCollection({
    loader: yamlFolderLoader({ directory: 'organisations', schema: organisationSchema }),
    schema: organisationSchema,
  }),
  people: defineCollection({
    loader: yamlFolderLoader({ directory: 'people', schema: personSchema }),
    schema: personSchema,
  }),
  recommendations: defineCollection({
    loader: yamlFolderLoader({ directory: 'recommendations', schema: recommendationSchema }),
    schema: recommendationSchema,
  }),
  glossary: defineCollection({
    loader: yamlListLoader({ file: 'glossary.yaml', schema: glossaryTermSchema }),
    schema: glossaryTermSchema,
  }),
};
