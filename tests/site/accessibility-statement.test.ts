/**
 * The accessibility statement as built: a reader with a problem must be told how to report
 * it, and where to go next. Without a contact address set (SITE_CONTACT), it says so
 * rather than pointing nowhere; with one, tests/site/sub-path.test.ts checks the link.
 */
import { describe, expect, test } from 'vitest';
import { normaliseSpace, readPage } from '../support/built-site';

describe('the accessibility statement', () => {
  test('says plainly when no contact address has been published, and links the EASS', async () => {
    const $ = await readPage('/accessibility/');
    const section = $('#if-you-find-a-problem').nextUntil('h2');
    expect(normaliseSpace(section.text())).toContain(
      'please tell the team that runs this site (the team has not yet published a contact address on this site), saying which page and what went wrong.',
    );
    expect(section.find('a[href^="mailto:"]').length).toBe(0);
    expect(section.find('a[href="https://www.equalityadvisoryservice.com/"]').text()).toBe(
      'Equality Advisory and Support Service (EASS)',
    );
  });
});
