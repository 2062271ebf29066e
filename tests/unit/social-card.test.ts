import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardDigest, socialCardPng } from '../../src/lib/share/social-card';

const card = { kicker: 'Report · 2023', title: 'A made-up title', footer: 'Site' };
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

describe('social cards', () => {
  it('are 1200×630 PNGs, drawn once per distinct card and then read from the cache', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'cards-'));
    folders.push(cache);
    const png = await socialCardPng(card, cache);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await readdir(cache)).toEqual([`${cardDigest(card)}.png`]);

    expect((await socialCardPng(card, cache)).equals(png)).toBe(true);
    expect(await readdir(cache)).toHaveLength(1);

    await socialCardPng({ ...card, title: 'Another title' }, cache);
    expect(await readdir(cache)).toHaveLength(2);
  });
});
