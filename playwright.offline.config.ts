import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/find-chromium';

/**
 * Browser tests of the offline edition (`npm run export` first): the zip
 * unpacked and opened from file://, and the same folder served under a sub-path.
 */
const port = Number(process.env.OFFLINE_PORT ?? 4339);
const subPath = '/workshop/downhill/';

export default defineConfig({
  testDir: 'tests/e2e-offline',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/offline.json' }]],
  timeout: 60_000,
  use: {
    launchOptions: {
      executablePath: findChromium(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'file' },
    { name: 'http-subpath', use: { baseURL: `http://127.0.0.1:${port}${subPath}` } },
  ],
  webServer: {
    command: `node tests/e2e-offline/serve.mjs offline/downhill ${port} ${subPath}`,
    url: `http://127.0.0.1:${port}${subPath}index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
