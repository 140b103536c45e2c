import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const outDir = fileURLToPath(new URL('../resources/static/graphiql', import.meta.url));

// Split big vendor code into separate chunks so every emitted file stays < 2 MiB.
// monaco-editor is split along its own layering (base <- platform <- editor common+browser
// <- contrib+standalone), so the chunks import each other in one direction only.
function manualChunks(id) {
  if (/\/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
  const m = id.match(/\/node_modules\/monaco-editor\/esm\/vs\/(.*)$/);
  if (!m) return undefined; // everything else: let Rollup decide
  const p = m[1];
  if (p.startsWith('base/') || p.startsWith('nls')) return 'monaco-base';
  if (p.startsWith('platform/')) return 'monaco-platform';
  if (/^editor\/(common|browser)\//.test(p)) return 'monaco-editor';
  return 'monaco-contrib'; // editor/{contrib,standalone}, editor.api, edcore.main, language/, basic-languages/
}

export default defineConfig({
  base: './', // relative asset URLs so the page works under /graphiql/
  esbuild: { jsx: 'automatic' },
  // monaco-graphql's worker does dynamic imports, so workers must be ES modules.
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
    assetsInlineLimit: 0, // no data: URIs; every asset is a plain same-origin file
    rollupOptions: {
      output: { manualChunks },
      onwarn(warning, warn) {
        // React libraries' "use client" directives are irrelevant in a client bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
