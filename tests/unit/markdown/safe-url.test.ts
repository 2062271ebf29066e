import { describe, expect, it } from 'vitest';
import { isLocalImage, isSafeLink, schemeOf } from '../../../src/lib/markdown/safe-url';

describe('links in content', () => {
  it.each([
    'https://www.gov.uk/',
    'http://example.org/',
    'mailto:office@example.org',
    'tel:+441234567890',
    '/reports/ncpi-wiltshire-2022/',
    '../statements/',
    '#p3',
    'ncpi-wiltshire-2022/#p12',
  ])('lets authors link to %s', (url) => {
    expect(isSafeLink(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' \u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'blob:https://example.org/uuid',
  ])('refuses %j, whatever its spelling', (url) => {
    expect(isSafeLink(url)).toBe(false);
  });

  it('reads the scheme as a browser does', () => {
    expect(schemeOf('  Java\tScript:x')).toBe('javascript');
    expect(schemeOf('/a:b')).toBeUndefined();
  });
});

describe('images in content', () => {
  it('shows images from this site', () => {
    expect(isLocalImage('/images/chart.png')).toBe(true);
    expect(isLocalImage('chart.png')).toBe(true);
  });

  it.each([
    'https://evil.example/pixel.png',
    '//evil.example/p.png',
    '\\\\evil.example/p.png',
    '/\\evil.example/p.png',
  ])('refuses %s from another site', (url) => {
    expect(isLocalImage(url)).toBe(false);
  });
});
