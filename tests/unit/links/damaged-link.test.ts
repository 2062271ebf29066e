import { describe, expect, test } from 'vitest';
import { likelyAddress, likelyFragment } from '../../../src/lib/links/damaged-link';

describe('the address a damaged link most likely meant', () => {
  test('drops punctuation an email or post caught at its end', () => {
    expect(likelyAddress('/reports/ncpi-wiltshire-2022/).')).toBe('/reports/ncpi-wiltshire-2022/');
    expect(likelyAddress('/reports/ncpi-wiltshire-2022/%E2%80%9D')).toBe(
      '/reports/ncpi-wiltshire-2022/',
    );
  });

  test('puts in lower case what was typed from paper, and adds the closing slash', () => {
    expect(likelyAddress('/Responses/PCC-response-2023')).toBe('/responses/pcc-response-2023/');
    expect(likelyAddress('/recommendations/voice-of-the-child.')).toBe(
      '/recommendations/voice-of-the-child/',
    );
  });

  test('leaves a file name without a slash, and says nothing when nothing would change', () => {
    expect(likelyAddress('/Data/Documents.JSON')).toBe('/data/documents.json');
    expect(likelyAddress('/recommendations/no-such-page/')).toBeUndefined();
    expect(likelyAddress('/feed.xml')).toBeUndefined();
    expect(likelyAddress('/reports/ncpi-wiltshire-2022/index.html')).toBeUndefined();
    // A broken escape is not guessed at, nor thrown on.
    expect(likelyAddress('/reports/%E2%80/')).toBeUndefined();
  });

  test('takes a page asked for as an HTML file to be its folder', () => {
    expect(likelyAddress('/reports/ncpi-wiltshire-2022.html')).toBe(
      '/reports/ncpi-wiltshire-2022/',
    );
    expect(likelyAddress('/recommendations/ncpi-wiltshire-2022-supervision/Briefing.htm')).toBe(
      '/recommendations/ncpi-wiltshire-2022-supervision/briefing/',
    );
  });
});

describe('the paragraph a damaged fragment most likely meant', () => {
  test('drops trailing punctuation and capitals', () => {
    expect(likelyFragment('p4.')).toBe('p4');
    expect(likelyFragment('p4)')).toBe('p4');
    expect(likelyFragment('P12')).toBe('p12');
  });

  test('drops a slash or space at its end, and a leading zero in a paragraph number', () => {
    expect(likelyFragment('p5/')).toBe('p5');
    expect(likelyFragment('p5 ')).toBe('p5');
    expect(likelyFragment('p05')).toBe('p5');
    expect(likelyFragment('p10')).toBeUndefined();
  });

  test('says nothing of a fragment that is already as written, or all punctuation', () => {
    expect(likelyFragment('p4')).toBeUndefined();
    expect(likelyFragment('status')).toBeUndefined();
    expect(likelyFragment(').')).toBeUndefined();
  });
});
