/**
 * The content collections. Documents are compiled by our own loader (no JavaScript
 * module per document); data collections are YAML. Cross-collection checks (dangling
 * references, chronology) run once every collection is loaded: see src/lib/integrity/.
 * Folders and schemas come from collection-layout.ts, shared with `npm run check:content`.
 */
import { defineCollection } from 'astro:content';
import { DOCUMENT_COLLECTIONS, GLOSSARY, YAML_FOLDER_COLLECTIONS } from './lib/content/collection-layout';
import { mdxDocumentLoader } from './lib/content/mdx-document-loader';
import { yamlFolderLoader, yamlListLoader } from './lib/content/yaml-loaders';

const documents = <Layout extends (typeof DOCUMENT_COLLECTIONS)[keyof typeof DOCUMENT_COLLECTIONS]>({
  directory,
  schema,
}: Layout) => defineCollection({ loader: mdxDocumentLoader({ directory, schema }), schema });

const yamlFolder = <Layout extends (typeof YAML_FOLDER_COLLECTIONS)[keyof typeof YAML_FOLDER_COLLECTIONS]>({
  directory,
  schema,
}: Layout) => defineCollection({ loader: yamlFolderLoader({ directory, schema }), schema });

export const collections = {
  reports: documents(DOCUMENT_COLLECTIONS.reports),
  statements: documents(DOCUMENT_COLLECTIONS.statements),
  responses: documents(DOCUMENT_COLLECTIONS.responses),
  organisations: yamlFolder(YAML_FOLDER_COLLECTIONS.organisations),
  people: yamlFolder(YAML_FOLDER_COLLECTIONS.people),
  recommendations: yamlFolder(YAML_FOLDER_COLLECTIONS.recommendations),
  glossary: defineCollection({ loader: yamlListLoader(GLOSSARY), schema: GLOSSARY.schema }),
};
