import { expect, test } from 'vitest';
import { loadOnce, loadOncePerFile } from '../../../src/lib/search/ui/load-once';

test('a download is made once and shared by every caller', async () => {
  let downloads = 0;
  const load = loadOnce(async () => {
    downloads += 1;
    return 'filters';
  });
  expect(await Promise.all([load(), load()])).toEqual(['filters', 'filters']);
  expect(await load()).toBe('filters');
  expect(downloads).toBe(1);
});

test('a download that failed is made again when next asked for', async () => {
  let downloads = 0;
  const load = loadOnce(async () => {
    downloads += 1;
    if (downloads === 1) throw new Error('offline');
    return 'date order';
  });
  await expect(load()).rejects.toThrow('offline');
  expect(await load()).toBe('date order');
  expect(downloads).toBe(2);
});

test('each file is downloaded once; one that cannot be had gives the fallback, and is tried again', async () => {
  const asked: string[] = [];
  const load = loadOncePerFile(async (path: string) => {
    asked.push(path);
    if (path === '/b.json' && asked.filter((seen) => seen === path).length === 1)
      throw new Error('HTTP 503');
    return [path];
  }, []);
  expect(await Promise.all([load('/a.json'), load('/a.json'), load('/b.json')])).toEqual([
    ['/a.json'],
    ['/a.json'],
    [],
  ]);
  expect(await load('/b.json')).toEqual(['/b.json']);
  expect(await load('/b.json')).toEqual(['/b.json']);
  expect(asked).toEqual(['/a.json', '/b.json', '/b.json']);
});
