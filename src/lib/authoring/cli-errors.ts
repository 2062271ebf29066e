/**
 * How `npm run new` and `npm run import` end on a mistake: the explanation and how to
 * write the command, never a stack trace, and exit code 1. Anything else is a bug and
 * is thrown as usual.
 */
import { AuthoringError } from './write-document';

export function reportAuthoringError(error: unknown, usage: string): void {
  if (error instanceof AuthoringError) {
    console.error(error.message);
  } else if (isArgumentError(error)) {
    console.error(`${error.message}\n${usage}`);
  } else {
    throw error;
  }
  process.exitCode = 1;
}

/** node:util parseArgs rejects unknown options with a code starting ERR_PARSE_ARGS. */
function isArgumentError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  );
}
