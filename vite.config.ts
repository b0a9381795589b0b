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
  build: { outDir: 'dist', emptyOutDir: true },
});
