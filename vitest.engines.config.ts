/**
 * The Firefox and WebKit journeys (`npm run test:engines`), apart from the
 * unit tests: Node, not jsdom; one file at a time (each drives a browser of its
 * own); long timeouts, since a browser starts in each file. `npm test` runs it
 * after the Playwright tests, which have just built `dist/`; run alone, the
 * global setup builds first if `dist/` is missing or older than the source.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/engines/**/*.test.ts'],
    globalSetup: ['tests/engines/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
