/**
 * Imported first by every worker script (`import '../files/extensionless-imports.ts'`).
 * Node runs worker scripts directly (type stripping), outside Vite, and src/ imports its
 * own modules without an extension, as Vite resolves them; this hook resolves them to
 * their `.ts` files for the modules the worker then imports dynamically (a static import
 * is resolved before any hook could be registered).
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const ours = !context.parentURL?.includes('/node_modules/');
    const extensionless = ours && specifier.startsWith('.') && !/\.[cm]?[jt]s$/.test(specifier);
    return nextResolve(extensionless ? `${specifier}.ts` : specifier, context);
  },
});
