import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium.ts';
import { e2ePort, pdsDownPort } from './e2e/ports.ts';

const port = e2ePort;

/** e2e runs the real BFF serving the built SPA (`npm run test:e2e` builds it first), on a fresh store. */
export default defineConfig({
  testDir: 'e2e',
  // Its own folder: Playwright empties outputDir at start, and test-results/ also holds other suites' reports.
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      // The BFF's log goes to a file the privacy checks can read.
      command: 'mkdir -p test-results && tsx server/main.ts > test-results/e2e-bff.log 2>&1',
      url: `http://127.0.0.1:${port}/api/ready`,
      reuseExistingServer: false,
      timeout: 60_000,
      // Always a fresh in-memory store, even where DATABASE_URL is set for the BFF tests.
      env: { PORT: String(port), HOST: '127.0.0.1', PGLITE_DIR: 'memory', DATABASE_URL: '', LOG_LEVEL: 'info' },
    },
    {
      // A second BFF whose PDS is down, for "PDS could not be searched" (trace.spec.ts); its log is checked too.
      command: 'mkdir -p test-results && tsx server/main.ts > test-results/e2e-bff-pds-down.log 2>&1',
      url: `http://127.0.0.1:${pdsDownPort}/api/ready`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(pdsDownPort),
        HOST: '127.0.0.1',
        PGLITE_DIR: 'memory',
        DATABASE_URL: '',
        LOG_LEVEL: 'info',
        // Nothing answers on port 9 (and fetch refuses it outright): every PDS call fails at once, never a hang.
        PDS_BASE_URL: 'http://127.0.0.1:9/personal-demographics/FHIR/R4',
      },
    },
  ],
});
