// `npm run build`, `npm run bench` and `npm run lighthouse` run their scripts with Node
// itself (type stripping), not through Vite, and Node finds a module only by its whole
// file name: an import without `.ts` anywhere in what they load stops the build with
// ERR_MODULE_NOT_FOUND. Worker scripts are left out: they register a hook for that first
// (src/lib/files/extensionless-imports.ts).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { moduleClosure, runtimeImports } from '../../support/module-imports';

const ROOT = process.cwd();
/**
 * Components and styles are Vite's to load, never Node's (and the bench writes such imports
 * into the baseline site it makes, inside a string that the import walker cannot tell apart).
 */
const VITE_ONLY = /\.(?:astro|css|mdx)$/;

/** The scripts package.json runs with `node`. */
function nodeRunScripts(): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
    scripts: Record<string, string>;
  };
  return [
    ...new Set(
      Object.values(scripts).flatMap((command) =>
        [...command.matchAll(/(?:^|\s)node(?:\s+-\S+)*\s+(src\/\S+\.ts)/g)].map(
          (match) => match[1]!,
        ),
      ),
    ),
  ];
}

test('the scripts Node runs directly, and all they import, name each import’s file', () => {
  const entryPoints = nodeRunScripts();
  expect(entryPoints).toEqual(
    expect.arrayContaining(['src/cli/build.ts', 'src/cli/bench/main.ts', 'src/cli/lighthouse.ts']),
  );
  const extensionless = [...moduleClosure(entryPoints, ROOT, VITE_ONLY)].flatMap((file) =>
    runtimeImports(file, ROOT, VITE_ONLY)
      .filter(({ specifier }) => !/\.[cm]?[jt]s$/.test(specifier))
      .map(({ specifier }) => `${file} imports '${specifier}'`),
  );
  expect(extensionless).toEqual([]);
});
