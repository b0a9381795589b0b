import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const bffPort = process.env.PORT ?? '3000';

export default defineConfig({
  plugins: [react()],
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
