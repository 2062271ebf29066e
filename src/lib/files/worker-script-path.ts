import { join } from 'node:path';

/**
 * The file a worker thread runs: its TypeScript source under `src/lib/`, which Node runs
 * itself (type stripping), outside Vite. Found from the project folder, because the
 * modules that start workers are bundled into the build, away from the sources beside them.
 */
export function workerScriptPath(projectRoot: string, pathInLib: string): string {
  return join(projectRoot, 'src', 'lib', pathInLib);
}
