import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFile, prepareCard } from '../../src/lib/share/card-thread';
import { cachedCardFile, drawCard, type CardText } from '../../src/lib/share/social-card';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function cacheFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'card-thread-'));
  folders.push(folder);
  return folder;
}

const cards = (prefix: string, count: number): CardText[] =>
  Array.from({ length: count }, (_, n) => ({
    kicker: 'Response · 12 March 2024',
    title: `${prefix} ${n}: the commissioner's response to the inspectorate's post-inspection review`,
    footer: 'Child Protection Accountability',
  }));

/** Processor time of this whole process (every thread) while `work` runs, in milliseconds. */
async function processorTime(work: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

describe('social cards drawn on the worker thread', () => {
  it('land in the cache folder as the same picture the main thread draws', async () => {
    const cache = await cacheFolder();
    const [card] = cards('Drawn on the worker', 1);
    await prepareCard(card!, cache);
    const drawnThere = await readFile(cachedCardFile(card!, cache));
    expect(drawnThere.equals(await drawCard(card!))).toBe(true);
  });

  // What `npm run build` links into the output folder instead of passing it through Astro.
  it('are found by their file in the cache folder once drawn', async () => {
    const cache = await cacheFolder();
    const [card] = cards('Linked from the cache', 1);
    const file = await cardFile(card!, cache);
    expect(file).toBe(cachedCardFile(card!, cache));
    expect((await readFile(file)).equals(await drawCard(card!))).toBe(true);
  });

  // Two regressions measured: with too small a heap the worker spent more time collecting
  // garbage than drawing (the build from nothing took 140 s longer at 10,000 documents);
  // with a new canvas for each card a card cost twice as much on the worker (social-card.ts).
  // Compared with drawing on the main thread in the same process, never with a time.
  it('cost about the processor time they cost on the main thread', async () => {
    const cache = await cacheFolder();
    const count = 400;
    // Both sides warmed up first: the worker's start (loading Skia, sharp and the fonts) is not a card's cost.
    await prepareCard(cards('Warm-up', 1)[0]!, cache);
    await drawCard(cards('Warm-up here', 1)[0]!);

    const onMainThread = await processorTime(async () => {
      for (const card of cards('Main thread', count)) await drawCard(card);
    });
    const onWorker = await processorTime(() =>
      Promise.all(cards('Worker', count).map((card) => prepareCard(card, cache))),
    );
    expect(onWorker / onMainThread).toBeLessThan(1.5);
  }, 120_000);
});
