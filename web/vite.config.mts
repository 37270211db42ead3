import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two pages from one build: the explorer (index.html, every client route) and the self-hosted
// GraphiQL (graphiql.html, served at GET /graphql to browsers). Everything, Monaco's web workers
// included, is bundled into dist/, so a page never loads anything from another host.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: {
        explorer: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
      // GraphiQL's packages mark modules "use no memo" for the React compiler; bundling drops the
      // directive harmlessly, and the warning for each would bury real ones.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
