import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const bffPort = process.env.PORT ?? '3000';

/** public/ holds the mock API's worker for dev:mock and Storybook; a production build must not ship it. */
function withoutMockServiceWorker(): Plugin {
  const appBuild = fileURLToPath(new URL('./dist/', import.meta.url));
  let outDir = '';
  return {
    name: 'without-mock-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      // Only the app's own build: Storybook's static build reuses this config and needs the worker.
      if (`${outDir}/` === appBuild) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), withoutMockServiceWorker()],
  css: {
    // nhsuk-frontend's CSS uses constructs lightningcss rejects without recovery.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: { scss: { quietDeps: true } },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': `http://127.0.0.1:${bffPort}` },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every browser NHS staff use (Edge, Chrome, Firefox, Safari 17+) supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // nhsuk-frontend's JS (10 KB) loads only when a component that needs it mounts: on its own,
          // so that the chunk splitter never puts shared helpers in it and makes the first page wait for it.
          groups: [
            { name: 'nhsuk-frontend', test: /node_modules[\\/]nhsuk-frontend[\\/]/ },
            // Everything the first screen needs in one file: one request, and one gzip window (many small
            // chunks compress worse).
            { name: 'index', tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
