/**
 * Tells the site's own code whether its pages are being served by `npm run dev` (`astro
 * dev`) rather than written by a build: `import.meta.env.SERVED_BY_DEV_SERVER`, read by
 * src/lib/site/dev-server.ts. Astro's command, not `import.meta.env.DEV` or `MODE`: those
 * follow NODE_ENV and MODE from the environment, which test runners set for builds too, and
 * a build must never take the dev server's path (showing problems instead of failing).
 */
import type { AstroIntegration } from 'astro';

export function devServerFlag(): AstroIntegration {
  return {
    name: 'dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            define: { 'import.meta.env.SERVED_BY_DEV_SERVER': JSON.stringify(command === 'dev') },
          },
        });
      },
    },
  };
}
