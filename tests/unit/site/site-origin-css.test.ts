import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN_PROPERTY, siteOriginInCss } from '../../../src/integrations/site-origin-css';

const run = (site: string, prop: string, value = "''") => {
  const declaration = { prop, value };
  siteOriginInCss(site).Declaration(declaration);
  return declaration.value;
};

describe('the site origin printed before the site’s own paths on paper', () => {
  it('is the configured site’s origin, as a CSS string', () => {
    expect(run('https://child-protection.example.org', SITE_ORIGIN_PROPERTY)).toBe(
      '"https://child-protection.example.org"',
    );
  });

  it('leaves out a sub-path, which the links already carry', () => {
    expect(run('https://example.github.io/accountability/', SITE_ORIGIN_PROPERTY)).toBe(
      '"https://example.github.io"',
    );
  });

  it('keeps a port, and changes no other declaration', () => {
    expect(run('http://localhost:4321/', SITE_ORIGIN_PROPERTY)).toBe('"http://localhost:4321"');
    expect(run('https://example.org', '--focus', '#ffdd00')).toBe('#ffdd00');
  });
});
