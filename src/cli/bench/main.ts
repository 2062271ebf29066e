/**
 * npm run bench -- --docs N [--rebuild] [--warm] [--no-baseline] [--keep] [--json FILE]
 *
 * Builds the real site and a plain Astro baseline from the same synthetic corpus and
 * prints both, with ratios. See README "Performance".
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { cpus, totalmem } from 'node:os';
import { runBench } from './bench.ts';
import { formatReport } from './report.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    rebuild: { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const documents = Number(values.docs);
if (!Number.isInteger(documents) || documents < 10) {
  console.error('Write --docs and a whole number of documents, at least 10, e.g. --docs 1000.');
  process.exit(2);
}

const result = await runBench({
  documents,
  rebuild: values.rebuild,
  warm: values.warm,
  baseline: !values['no-baseline'],
  keep: values.keep,
  projectRoot: process.cwd(),
  log: (line) => console.log(`[bench] ${line}`),
});
if (values.keep) console.log(`[bench] kept ${result.folder}`);
console.log(
  `\nMachine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}\n`,
);
console.log(formatReport(result));
if (values.json) await writeFile(values.json, JSON.stringify(result, null, 2));
