// Files made outside Astro (the social cards) reach the output folder only once ready, and
// a card that could not be drawn fails the build with its own error.
import { describe, expect, test } from 'vitest';
import { readyFiles } from '../../../src/lib/render-cache/link-when-ready';

describe('files made outside Astro', () => {
  test('each is linked at its path once its file is ready, whatever order they finish in', async () => {
    let finishFirst: (file: string) => void = () => {};
    const first = new Promise<string>((resolve) => (finishFirst = resolve));
    const linked = new Map([
      ['/social/statements/b.png', Promise.resolve('/cache/cards/bbb.png')],
      ['/social/reports/a.png', first],
    ]);
    const ready = readyFiles(linked);
    finishFirst('/cache/cards/aaa.png');
    expect(await ready).toEqual([
      ['/cache/cards/aaa.png', '/social/reports/a.png'],
      ['/cache/cards/bbb.png', '/social/statements/b.png'],
    ]);
  });

  test('one that could not be made fails with its error', async () => {
    const linked = new Map([
      ['/social/reports/a.png', Promise.resolve('/cache/cards/aaa.png')],
      ['/social/reports/b.png', Promise.reject(new Error('Drawing a social card: no font'))],
    ]);
    await expect(readyFiles(linked)).rejects.toThrow('Drawing a social card: no font');
  });
});
