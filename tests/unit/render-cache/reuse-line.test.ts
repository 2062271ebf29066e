import { describe, expect, test } from 'vitest';
import { describeReuse, readReuse } from '../../../src/lib/render-cache/reuse-line';

describe('the build log’s line on reused pages', () => {
  test('reads back the counts it was written with, from among Astro’s log lines', () => {
    const log = [
      '19:42:01 [build] 2333 page(s) built in 9.1s',
      `19:42:01 [render-cache] ${describeReuse({ reused: 2325, rendered: 8, linked: 1 })}`,
      '19:42:02 [search] Search index: 300 document pages.',
    ].join('\n');
    expect(readReuse(log)).toEqual({ reused: 2325, rendered: 8, linked: 1 });
  });

  test('takes the last line when a log holds more than one build', () => {
    const log = `${describeReuse({ reused: 0, rendered: 1932, linked: 401 })}\n${describeReuse({ reused: 2293, rendered: 39, linked: 1 })}`;
    expect(readReuse(log)).toEqual({ reused: 2293, rendered: 39, linked: 1 });
  });

  test('is undefined for a log without the line, so the bench can say so', () => {
    expect(readReuse('19:42:01 [build] Complete!')).toBeUndefined();
  });
});
