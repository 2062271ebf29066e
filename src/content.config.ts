/**
 * The content collections. Documents are compiled by our own loader (no JavaScript
 * module per document); data collections are YAML. Cross-collection checks (dangling
 * references, chronology) run once every collection is loaded: see src/lib/integrity/.
 * Folders and schemas come from collection-layout.ts, shared with `npm run check:content`.
 * A file that fails to read does not stop the loading: each loader records its problems in
 * `loadProblems`, and loadSite() lists them with those between files (load-problems.ts).
 */
import { defineCollection } from 'astro:content';
import {
  DOCUMENT_COLLECTIONS as DOCUMENTS,
  GLOSSARY,
  THEMES,
  YAML_FOLDER_COLLECTIONS as YAML_FOLDERS,
} from './lib/content/collection-layout';
import { mdxDocumentLoader } from './lib/content/mdx-document-loader';
import { yamlFolderLoader, yamlListLoader } from './lib/content/yaml-loaders';
import { loadProblemsLoader, loadProblemsSchema } from './lib/content/load-problems';

export const collections = {
  reports: defineCollection({
    loader: mdxDocumentLoader(DOCUMENTS.reports),
    schema: DOCUMENTS.reports.schema,
  }),
  statements: defineCollection({
    loader: mdxDocumentLoader(DOCUMENTS.statements),
    schema: DOCUMENTS.statements.schema,
  }),
  responses: defineCollection({
    loader: mdxDocumentLoader(DOCUMENTS.responses),
    schema: DOCUMENTS.responses.schema,
  }),
  organisations: defineCollection({
    loader: yamlFolderLoader(YAML_FOLDERS.organisations),
    schema: YAML_FOLDERS.organisations.schema,
  }),
  people: defineCollection({
    loader: yamlFolderLoader(YAML_FOLDERS.people),
    schema: YAML_FOLDERS.people.schema,
  }),
  recommendations: defineCollection({
    loader: yamlFolderLoader(YAML_FOLDERS.recommendations),
    schema: YAML_FOLDERS.recommendations.schema,
  }),
  glossary: defineCollection({ loader: yamlListLoader(GLOSSARY), schema: GLOSSARY.schema }),
  themes: defineCollection({ loader: yamlListLoader(THEMES), schema: THEMES.schema }),
  loadProblems: defineCollection({ loader: loadProblemsLoader(), schema: loadProblemsSchema }),
};
