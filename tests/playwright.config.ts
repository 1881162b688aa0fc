// End-to-end tests against the built site (dist/ served by `astro preview`), never the dev
// server. Uses a system Chromium (CHROMIUM_PATH, else /usr/bin/chromium), falling back to
// Playwright's own browser only when neither exists.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = candidates.find((p): p is string => Boolean(p && existsSync(p)));
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'],
};
// PW_PORT lets several checkouts test side by side; a server already on the port is never
// reused, so the tests cannot silently run against another checkout's build.
const PORT = Number(process.env.PW_PORT ?? 4321);
export const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : 'list',
  use: { baseURL: BASE_URL, launchOptions, trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  webServer: {
    command: `npx astro preview --port ${PORT} --host 127.0.0.1`,
    cwd: '..',
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, grepInvert: /@no-js|@mobile-only/ },
    { name: 'mobile', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, grep: /@mobile/ },
    { name: 'no-js', use: { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false }, grep: /@no-js/ },
  ],
});
