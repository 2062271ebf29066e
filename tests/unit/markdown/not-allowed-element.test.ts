import { describe, expect, test } from 'vitest';
import { notAllowedElement } from '../../../src/lib/markdown/not-allowed-element';

describe('what an author is told for a tag content cannot use', () => {
  test('gives the Markdown for what the HTML was reaching for', () => {
    expect(notAllowedElement('b')).toMatch(
      /Write Markdown instead .* For bold, write \*\*the words\*\*\.$/,
    );
    expect(notAllowedElement('a')).toMatch(/For a link, write \[the words\]\(https:\/\/…\)\.$/);
    expect(notAllowedElement('h2')).toMatch(/For a heading, start its line with ## and a space\.$/);
    expect(notAllowedElement('br')).toMatch(/end it with a backslash \(\\\)\.$/);
  });

  test('takes a name HTML does not have for text, and says how to write it as text', () => {
    expect(notAllowedElement('name')).toBe(
      '<name> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses). If "<name" is text, not a tag, write \\<name.',
    );
  });

  test('says no more for other HTML, and names the component a near-miss meant', () => {
    expect(notAllowedElement('span')).toMatch(/\(the only component allowed is: Addresses\)\.$/);
    expect(notAllowedElement('addresses')).toMatch(
      /^<addresses> is not a component .* Did you mean <Addresses>\?/,
    );
  });
});
