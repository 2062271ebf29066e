import type { DocumentType } from './types.ts';

/** How each document type is named to readers. */
export const TYPE_LABEL: Record<DocumentType, { one: string; many: string }> = {
  report: { one: 'Report', many: 'Reports' },
  statement: { one: 'Statement', many: 'Statements' },
  response: { one: 'Response', many: 'Responses' },
};

export const DOCUMENT_TYPES: readonly DocumentType[] = ['report', 'statement', 'response'];

/**
 * " (our summary)" after a document's name when its page carries our plain-English summary
 * rather than the original's words, so nobody quotes our words as the document's; else "".
 */
export function summaryMark(data: { verbatim: boolean }): string {
  return data.verbatim ? '' : ' (our summary)';
}

/** What a document page is, as every place that lists one says it: "Report (our summary)". */
export function documentTypeLabel(doc: {
  type: DocumentType;
  data: { verbatim: boolean };
}): string {
  return `${TYPE_LABEL[doc.type].one}${summaryMark(doc.data)}`;
}
