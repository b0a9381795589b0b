import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { chromiumLaunchOptions } from './e2e/chromium.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // CI collects every suite's counts for its closing "N passed, N failed" line.
      reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
      outputFile: { json: process.env.VITEST_JSON ?? 'test-results/vitest.json' },
      // One PGlite per BFF test file (~2 s, ~700 MB each): two at a time suit a 2-core machine.
      maxWorkers: 2,
      projects: [
        {
          extends: true,
          test: {
            name: 'spa',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}', 'contract/**/*.test.ts'],
            setupFiles: ['src/test/setup.ts'],
            css: false,
            // jsdom brings the browser's localStorage; Node's own (on by default since Node 25) only warns.
            execArgv: ['--no-webstorage'],
          },
        },
        {
          extends: true,
          test: {
            name: 'bff',
            environment: 'node',
            include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'stand-ins/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
        {
          extends: true,
          plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
          test: {
            name: 'stories',
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({ launchOptions: chromiumLaunchOptions() }),
              instances: [{ browser: 'chromium' }],
            },
            // The browser server's port: two story runs on one machine (two checkouts) each need their own.
            api: { port: Number(process.env.STORIES_PORT ?? 63315) },
          },
        },
      ],
    },
  }),
);
