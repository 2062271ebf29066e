import { describe, expect, it } from 'vitest';
import { quoteUrl, spanningTextFragment, textFragment } from '../../src/lib/share/text-fragment';

describe('links to an exact quote', () => {
  it('encodes the characters that have meaning in a text directive', () => {
    expect(textFragment('Multi-Agency Safeguarding Hub, & more', 'p3')).toBe(
      '#p3:~:text=Multi%2DAgency%20Safeguarding%20Hub%2C%20%26%20more',
    );
  });

  it('squeezes white space and ignores an empty selection', () => {
    expect(textFragment('  two\n  words ')).toBe('#:~:text=two%20words');
    expect(textFragment(' \n ')).toBeUndefined();
  });

  it('links a long quote by its first and last words', () => {
    const quote = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    expect(textFragment(quote, 'p1')).toBe(
      '#p1:~:text=word0%20word1%20word2%20word3%20word4%20word5,word34%20word35%20word36%20word37%20word38%20word39',
    );
  });

  it('links a quote across paragraphs by the start of its first part and the end of its last', () => {
    expect(
      spanningTextFragment(
        'consistently provided in Wiltshire.',
        '“While progress has been made, there is more to do',
        'p3',
      ),
    ).toBe(
      '#p3:~:text=consistently%20provided%20in%20Wiltshire.,made%2C%20there%20is%20more%20to%20do',
    );
    expect(spanningTextFragment(' ', 'words', 'p3')).toBeUndefined();
  });

  it('replaces any fragment the page address had', () => {
    expect(quoteUrl('https://example.org/a/#p2', 'words', 'p4')).toBe(
      'https://example.org/a/#p4:~:text=words',
    );
  });
});

// A browser goes to the first match on the page and ignores the paragraph's anchor: a
// link to words also found earlier opened at the earlier place.
describe('a quote whose words are also earlier on the page', () => {
  const earlier = 'Home Reports Tackling domestic abuse. The force reviewed domestic abuse cases.';

  it('is linked by its own words when they are the first match', () => {
    const around = { earlier: 'Home Reports', before: 'The force ', after: ' cases.' };
    expect(textFragment('domestic abuse', 'p9', around)).toBe('#p9:~:text=domestic%20abuse');
  });

  it('takes the fewest words before it that make its place the first match', () => {
    const around = {
      earlier,
      before: 'Officers trained in domestic abuse now review ',
      after: ' cases.',
    };
    // "review domestic abuse" is new to the page; "reviewed domestic abuse" was earlier.
    expect(textFragment('domestic abuse', 'p9', around)).toBe(
      '#p9:~:text=review-,domestic%20abuse',
    );
  });

  it('takes words after it when it opens its paragraph', () => {
    const around = { earlier, before: '', after: ' training, which all officers receive.' };
    expect(textFragment('domestic abuse', 'p9', around)).toBe(
      '#p9:~:text=domestic%20abuse,-training%2C',
    );
  });

  it('matches words whatever their case and spacing, as browsers do', () => {
    const around = { earlier: 'DOMESTIC\n  ABUSE', before: 'Tackling ', after: '' };
    expect(textFragment('domestic abuse', 'p2', around)).toBe(
      '#p2:~:text=Tackling-,domestic%20abuse',
    );
  });

  it('singles out a long quote by words before its start, never after its end', () => {
    const quote = `The force reviewed ${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')}`;
    const around = {
      earlier: 'The force reviewed w0 w1 w2 before.',
      before: 'In May ',
      after: ' later.',
    };
    expect(textFragment(quote, 'p4', around)).toBe(
      '#p4:~:text=May-,The%20force%20reviewed%20w0%20w1%20w2,w24%20w25%20w26%20w27%20w28%20w29',
    );
    const atStart = { ...around, before: '' };
    expect(textFragment(quote, 'p4', atStart)).toBe(
      '#p4:~:text=The%20force%20reviewed%20w0%20w1%20w2,w24%20w25%20w26%20w27%20w28%20w29',
    );
  });

  // Browsers let a directive's parts touch: "child-" then "protection", a quote then its comma.
  it('counts earlier matches whose parts touch, with no space between them', () => {
    const comma = {
      earlier: 'Intro. Domestic abuse, the report said.',
      before: '',
      after: ', it said again.',
    };
    expect(textFragment('Domestic abuse', 'p9', comma)).toBe(
      '#p9:~:text=Domestic%20abuse,-%2C%20it',
    );
    const hyphen = {
      earlier: 'The child-protection team met.',
      before: 'Our child-',
      after: ' team met again.',
    };
    expect(textFragment('protection', 'p9', hyphen)).toBe('#p9:~:text=Our%20child%2D-,protection');
  });

  it('counts an earlier match that runs into the words before the quote', () => {
    const around = { earlier: 'Intro.', before: 'It was very very ', after: ' late.' };
    // "very-,very" matches the first pair; the quote is the third "very" in a row.
    expect(textFragment('very', 'p2', around)).toBe('#p2:~:text=very%20very-,very');
  });

  it('is linked by its own words when no words of its paragraph single it out', () => {
    const around = { earlier: 'We said: domestic abuse', before: 'We said: ', after: '' };
    expect(textFragment('domestic abuse', 'p3', around)).toBe('#p3:~:text=domestic%20abuse');
  });

  it('across paragraphs, is singled out by words before its first part', () => {
    expect(
      spanningTextFragment('the force changed', 'at last', 'p3', {
        earlier: 'Since then the force changed its mind.',
        before: 'By May ',
        after: '',
      }),
    ).toBe('#p3:~:text=May-,the%20force%20changed,at%20last');
  });
});
