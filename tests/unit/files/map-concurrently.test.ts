import { describe, expect, test } from 'vitest';
import { mapConcurrently } from '../../../src/lib/files/map-concurrently';

describe('mapConcurrently', () => {
  test('returns results in the items’ order, however the tasks finish', async () => {
    const delays = [30, 5, 20, 0, 10];
    const results = await mapConcurrently(delays, 3, async (delay, index) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return `${index}:${delay}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:0', '4:10']);
  });

  test('never runs more than the limit at once, and uses all of it', async () => {
    let running = 0;
    let most = 0;
    await mapConcurrently(
      Array.from({ length: 20 }, (_, index) => index),
      4,
      async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running -= 1;
      },
    );
    expect(most).toBe(4);
  });

  test('a failing task rejects the whole run', async () => {
    await expect(
      mapConcurrently([1, 2, 3], 2, async (item) => {
        if (item === 2) throw new Error('page 2 unreadable');
        return item;
      }),
    ).rejects.toThrow('page 2 unreadable');
  });

  test('no items, no tasks', async () => {
    expect(await mapConcurrently([], 8, async () => 1)).toEqual([]);
  });
});
