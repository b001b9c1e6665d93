/**
 * Byte budget for the first view, measured on the production build in dist/
 * (see scripts/first-view-bytes.mjs for what counts). No browser needed, so
 * this uses the plain Playwright `test`.
 */
import { test, expect } from '@playwright/test';
import {
  FIRST_ROUND_TRIP,
  GZIP_BUDGET,
  firstViewBytes,
  formatTable,
  kb,
} from '../../scripts/first-view-bytes.mjs';

test(`first view is at most ${GZIP_BUDGET / 1024} KB gzip`, () => {
  const report = firstViewBytes('dist');
  console.log(formatTable(report));
  console.log(
    `first-view gzip total: ${report.total.gzip} B (${kb(report.total.gzip)}) of ${kb(GZIP_BUDGET)}; ` +
      `first response ${report.firstResponse.gzip} B of ${kb(FIRST_ROUND_TRIP)}`,
  );
  expect(report.missing, 'files index.html links that are not in dist/').toEqual([]);
  expect(report.external, 'first-view files from another origin').toEqual([]);
  expect(report.total.gzip, 'first-view gzip total, bytes').toBeLessThanOrEqual(GZIP_BUDGET);
});
