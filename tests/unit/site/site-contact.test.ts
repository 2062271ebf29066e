import { describe, expect, test } from 'vitest';
import { siteContact } from '../../../src/lib/site/site-contact';

describe('the contact a deployment gives readers (SITE_CONTACT)', () => {
  test('an email address becomes a mailto: link showing the address', () => {
    expect(siteContact({ SITE_CONTACT: ' access@example.org ' })).toEqual({
      href: 'mailto:access@example.org',
      text: 'access@example.org',
    });
  });

  test('a contact form’s https address is linked as it is', () => {
    expect(siteContact({ SITE_CONTACT: 'https://example.org/contact' })).toEqual({
      href: 'https://example.org/contact',
      text: 'https://example.org/contact',
    });
  });

  test('unset or empty gives none, so nothing is made up', () => {
    expect(siteContact({})).toBeUndefined();
    expect(siteContact({ SITE_CONTACT: '  ' })).toBeUndefined();
  });

  test('anything else stops the build, saying what to write instead', () => {
    for (const value of ['the team', 'http://example.org/contact', 'javascript:alert(1)'])
      expect(() => siteContact({ SITE_CONTACT: value })).toThrow(
        /neither an email address nor an https:\/\/ address\. Write the address readers should write to/,
      );
  });
});
