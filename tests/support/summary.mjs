#!/usr/bin/env node
// Prints the one result line CI reads, `N passed, N failed[, N skipped]`, from Vitest's JSON
// report. Plain Node ESM (Node 20+), no dependencies.
//
//   node tests/support/summary.mjs [report.json] [--exit-code N]
//
// --exit-code is the test command's exit code: a failing run never reads as "0 failed" (for
// example when the build in globalSetup crashed before any test ran, or Vitest reported an
// unhandled error). A missing or unreadable report prints `0 passed, 1 failed`. Exits 0 when
// the line shows no failure, 1 otherwise.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
let reportPath = 'test-results/vitest.json';
let exitCode;
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--exit-code') exitCode = Number(args[++i]);
  else reportPath = args[i];
}

function summarise(report) {
  let passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that failed to load or crashed outside a test has no failed assertion.
  for (const file of report.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    if (file.status === 'failed' && !assertions.some((a) => a.status === 'failed')) failed += 1;
  }
  if (report.success === false && failed === 0) failed = 1;
  if (exitCode !== undefined && exitCode !== 0 && failed === 0) failed = 1;
  return { passed, failed, skipped };
}

let result;
try {
  result = summarise(JSON.parse(readFileSync(reportPath, 'utf8')));
} catch {
  result = { passed: 0, failed: 1, skipped: 0 };
}

const parts = [`${result.passed} passed`, `${result.failed} failed`];
if (result.skipped > 0) parts.push(`${result.skipped} skipped`);
console.log(parts.join(', '));
process.exit(result.failed > 0 ? 1 : 0);
