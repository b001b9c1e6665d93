import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, HEADLESS, findTestChromium } from './tests/e2e/chromium';

/**
 * Browser tests run against the production build (`dist/`, served by
 * `vite preview`), never the dev server. `npm run test:e2e` builds first;
 * this config builds nothing itself.
 *
 * `findTestChromium()` runs while the config loads: without a browser it throws,
 * so the whole run fails with its one-line message instead of skipping tests.
 * It prefers Debian's `chromium-headless-shell` (half the CPU time of the full
 * browser); without it, the run says once how to get it (the workers load
 * this config too, and say nothing).
 */
const executablePath = findTestChromium(process.env, {
  hint: process.env.TEST_WORKER_INDEX === undefined ? console.error : () => {},
});

/** `E2E_PORT` lets two runs share a machine (each builds and serves its own `dist/`). */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Each accessibility test checks its view at several widths and in both color
  // schemes; on a busy two-core machine that can pass 30 s. A hang still fails.
  timeout: 60_000,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    headless: HEADLESS,
    launchOptions: { executablePath, args: [...CHROMIUM_ARGS] },
    // The worker precaches every asset on each fresh context's first page: work
    // each test would repeat for nothing. The specs about the worker (offline,
    // updates, headers, the not-found page) allow it with `test.use`.
    serviceWorkers: 'block',
    // No trace by default: recording one (a DOM snapshot at every action) cost
    // 12 % of the a11y and focus specs' time, for a file CI never shows. A
    // failed test keeps its error and final screenshot; to see how it got
    // there, run it again with `npx playwright test <spec> --trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
