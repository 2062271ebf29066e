/** The glossary page, and acronyms marked in the published documents. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readPageHtml } from '../support/built-site';
import { REPO_ROOT } from '../support/paths';

const terms = parse(readFileSync(join(REPO_ROOT, 'content/glossary.yaml'), 'utf8')) as {
  id: string;
  term: string;
  expansion: string;
}[];

describe('the glossary', () => {
  it('gives every term its own anchor with its expansion', () => {
    const html = readPageHtml('/glossary/');
    for (const { id, expansion } of terms) {
      expect(html).toMatch(new RegExp(`<dt id="${id}">`));
      expect(html).toContain(expansion.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    }
  });
});

describe('acronyms in a published document', () => {
  const html = readPageHtml('/responses/pcc-response-ncpi-post-inspection-review-2023/');

  it('are marked with their expansion', () => {
    expect(html).toContain('<abbr title="Multi-Agency Safeguarding Hub">MASH</abbr>');
    expect(html).toContain('<abbr title="Office of the Police and Crime Commissioner">OPCC</abbr>');
  });

  it('link to the glossary at their first use only', () => {
    const links = [...html.matchAll(/<a href="\/glossary\/#([a-z]+)" class="glossary-term">/g)].map(
      (match) => match[1],
    );
    expect(links).toContain('mash');
    expect(new Set(links).size).toBe(links.length);
    const ncpiUses = html.match(/>NCPI<\/abbr>/g)?.length ?? 0;
    expect(ncpiUses).toBeGreaterThan(1);
    expect(links.filter((id) => id === 'ncpi')).toHaveLength(1);
  });
});
