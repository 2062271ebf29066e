/**
 * The frontmatter of a valid statement, line by line as an author writes it, for tests
 * that read a document's source. Tests rely on its lines: published is on line 4,
 * source.url on line 7, verbatim on line 8; the body starts on line 10.
 */
export const STATEMENT_FRONTMATTER = `---
title: A statement
summary: What was said.
published: "2023-09"
issuer: wiltshire-police
source:
  url: https://example.org/statement
verbatim: true
---
`;
