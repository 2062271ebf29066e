// The compiled-document and YAML caches are keyed by pipelineDigest: code that shapes a
// document's HTML or data but is left out of it would leave stale pages after a change.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  PIPELINE_PACKAGES,
  PIPELINE_SOURCES,
  pipelineDigest,
} from '../../../src/lib/content/pipeline-digest';
import { moduleClosure } from '../../support/module-imports';

const ROOT = process.cwd();
/** Where documents and YAML entries are read, parsed and compiled. */
const ENTRY_POINTS = [
  'src/lib/content/read-document.ts',
  'src/lib/content/read-yaml.ts',
  'src/lib/markdown/compile-mdx.ts',
  ...readdirSync(join(ROOT, 'src/schemas')).map((name) => `src/schemas/${name}`),
];

const covered = (file: string) =>
  PIPELINE_SOURCES.some((source) => file === source || dirname(file) === source);

describe('pipelineDigest', () => {
  test('covers every module the readers, the compiler and the schemas run', () => {
    const seen = moduleClosure(ENTRY_POINTS, ROOT);
    expect(seen.size).toBeGreaterThan(ENTRY_POINTS.length);
    expect([...seen].filter((file) => !covered(file))).toEqual([]);
  });

  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /** A copy of the project's pipeline sources and package versions, with one file rewritten. */
  function projectCopy(edit?: { file: string; append: string }): string {
    const root = mkdtempSync(join(tmpdir(), 'pipeline-'));
    roots.push(root);
    for (const source of PIPELINE_SOURCES)
      cpSync(join(ROOT, source), join(root, source), { recursive: true });
    for (const name of PIPELINE_PACKAGES) {
      mkdirSync(join(root, 'node_modules', name), { recursive: true });
      cpSync(
        join(ROOT, 'node_modules', name, 'package.json'),
        join(root, 'node_modules', name, 'package.json'),
      );
    }
    if (edit)
      writeFileSync(
        join(root, edit.file),
        readFileSync(join(root, edit.file), 'utf8') + edit.append,
      );
    return root;
  }

  test('changes when a schema or a date helper the schemas use changes, and only then', () => {
    const same = [pipelineDigest(projectCopy()), pipelineDigest(projectCopy())];
    expect(same[0]).toBe(same[1]);
    expect(
      pipelineDigest(
        projectCopy({ file: 'src/schemas/organisation.ts', append: '\n// new field\n' }),
      ),
    ).not.toBe(same[0]);
    expect(
      pipelineDigest(projectCopy({ file: 'src/lib/dates/partial-date.ts', append: '\n// fix\n' })),
    ).not.toBe(same[0]);
  });
});
