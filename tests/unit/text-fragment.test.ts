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
