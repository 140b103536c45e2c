import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const outDir = fileURLToPath(new URL('../resources/static/explorer', import.meta.url));

// The service forwards `/` and the client routes (`/zone/zone:xian`, ...) to /explorer/index.html,
// so asset URLs must be absolute.
export default defineConfig({
  base: '/explorer/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    assetsInlineLimit: 0, // no data: URIs; every asset is a plain same-origin file
    modulePreload: { polyfill: false }, // every browser the explorer targets has modulepreload
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('/node_modules/cytoscape/')) return 'cytoscape';
          if (id.includes('/node_modules/chart.js/') || id.includes('/node_modules/@kurkle/')) return 'chart';
          return undefined;
        },
      },
    },
  },
});
