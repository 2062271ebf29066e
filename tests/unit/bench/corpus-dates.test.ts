// The bench's synthetic corpus must build: the build refuses a date after today, and a
// corpus large enough to span the full range of its dates once reached into 2027.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../../src/cli/bench/corpus';
import { todayInUk } from '../../../src/lib/authoring/today';

const DATE = /^(?:published|publishedBy|fieldwork|\s+- date): "(\d{4}(?:-\d{2}){0,2})"$/gm;

describe('the bench corpus', () => {
  const made: string[] = [];
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

  test('dates nothing after today, not even the statements a rebuild publishes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-dates-'));
    made.push(dir);
    // 2,000 documents spread the reports over the corpus's whole range of dates.
    const summary = await writeCorpus(dir, 2_000);
    const texts = [...summary.newStatements.map((statement) => statement.text)];
    for (const folder of ['reports', 'responses', 'statements']) {
      for (const name of await readdir(join(dir, folder)))
        texts.push(await readFile(join(dir, folder, name), 'utf8'));
    }
    const dates = texts.flatMap((text) => [...text.matchAll(DATE)].map((match) => match[1]!));
    expect(dates.length).toBeGreaterThan(2_000);
    const newest = dates.reduce((a, b) => (a > b ? a : b));
    expect(newest <= todayInUk(), `newest date ${newest}`).toBe(true);
  }, 60_000);
});
