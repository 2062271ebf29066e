import type { DocumentType } from './types.ts';

/** How each document type is named to readers. */
export const TYPE_LABEL: Record<DocumentType, { one: string; many: string }> = {
  report: { one: 'Report', many: 'Reports' },
  statement: { one: 'Statement', many: 'Statements' },
  response: { one: 'Response', many: 'Responses' },
};

export const DOCUMENT_TYPES: readonly DocumentType[] = ['report', 'statement', 'response'];
