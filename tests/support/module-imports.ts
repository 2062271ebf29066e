/**
 * The modules of src/ that a module runs, read from its import statements: enough to
 * check rules about which code reaches which (a regular expression per statement, not a
 * full parser; src/ writes its imports one per statement).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface RuntimeImport {
  /** As written: `../markdown/paragraph-id.ts`. */
  specifier: string;
  /** The file it resolves to, relative to `root`. */
  file: string;
}

/**
 * Relative imports that run code (`import type` only shapes types), resolved to files.
 * `skip` leaves out specifiers it matches, unresolved.
 */
export function runtimeImports(file: string, root: string, skip?: RegExp): RuntimeImport[] {
  const source = readFileSync(join(root, file), 'utf8');
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)(?!\s+type\s)[^'";]*?from\s+['"](\.[^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm),
    ...source.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ]
    .map((match) => match[1]!)
    .filter((specifier) => !skip?.test(specifier));
  return specifiers.map((specifier) => {
    const base = join(dirname(file), specifier);
    const found = [base, `${base}.ts`, join(base, 'index.ts')].find(
      (candidate) => existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile(),
    );
    if (!found) throw new Error(`${file} imports ${specifier}, which was not found`);
    return { specifier, file: found };
  });
}

/** Every module the entry points run, themselves included (`skip`: see runtimeImports). */
export function moduleClosure(
  entryPoints: readonly string[],
  root: string,
  skip?: RegExp,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...entryPoints];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...runtimeImports(file, root, skip).map((imported) => imported.file));
  }
  return seen;
}
