import type { LaunchOptions } from 'playwright';

/**
 * Debian's Chromium, never a downloaded browser (this machine cannot fetch one). The flags keep it
 * from calling home, which the closed network refuses and which would be a third-party request.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}
