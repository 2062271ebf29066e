import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readGlossaryForCompiler } from '../../../src/lib/glossary/read-glossary';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function termsOf(glossary: string | Buffer) {
  const dir = await mkdtemp(join(tmpdir(), 'glossary-'));
  made.push(dir);
  await writeFile(join(dir, 'glossary.yaml'), glossary);
  return (await readGlossaryForCompiler(dir)).entries;
}

const GLOSSARY = [
  '- id: pcc',
  '  term: PCC',
  '  expansion: Police and Crime Commissioner',
  '  source: https://example.org/glossary',
  '- id: no-expansion',
  '  term: ACC',
  '',
].join('\n');

describe('the glossary terms documents are marked with', () => {
  test('are the items with a term and expansion; the glossary check names the others', async () => {
    expect(await termsOf(GLOSSARY)).toEqual([
      { id: 'pcc', term: 'PCC', expansion: 'Police and Crime Commissioner' },
    ]);
  });

  test('are read from a file saved with a byte-order mark, as the glossary page reads it', async () => {
    expect(await termsOf(`\uFEFF${GLOSSARY}`)).toEqual(await termsOf(GLOSSARY));
  });
});
