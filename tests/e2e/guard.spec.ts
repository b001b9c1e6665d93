/**
 * Checks the checker: the `pageGuard` fixture (fixtures.ts) must notice each
 * kind of problem, and must fail a test that does not allow it. Pages here are
 * served by `page.route` on the app's own origin, so they do not depend on
 * what the UI shows.
 */
import type { Page } from '@playwright/test';
import { expect, test, type PageGuard } from './fixtures';

const PROBE = '/__guard-probe';

/** Serves `body` as an HTML page on the app's origin and opens it. */
async function openProbe(page: Page, body: string): Promise<void> {
  await page.route(`**${PROBE}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>probe</title>${body}` }),
  );
  await page.goto(PROBE);
}

/** Waits until the guard has seen a problem starting with `prefix`, then allows all. */
async function expectSeen(guard: PageGuard, prefix: string): Promise<void> {
  await expect
    .poll(() => guard.problems.some((line) => line.startsWith(prefix)), { timeout: 5_000 })
    .toBe(true);
  guard.allow(/.*/s);
}

test('guard sees an uncaught page error', async ({ page, pageGuard }) => {
  await openProbe(page, '');
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('probe error');
    }, 0);
  });
  await expectSeen(pageGuard, 'pageerror: ');
});

test('guard sees console.error', async ({ page, pageGuard }) => {
  await openProbe(page, '');
  await page.evaluate(() => console.error('probe message'));
  await expectSeen(pageGuard, 'console.error: probe message');
});

test('guard sees a request to another origin', async ({ page, pageGuard }) => {
  await page.route('http://other-origin.invalid/**', (route) => route.abort());
  await openProbe(page, '');
  await page.evaluate(() => fetch('http://other-origin.invalid/beacon').catch(() => undefined));
  await expectSeen(pageGuard, 'request to another origin: GET http://other-origin.invalid/beacon');
});

test('guard sees a CSP violation', async ({ page, pageGuard }) => {
  await openProbe(
    page,
    `<meta http-equiv="Content-Security-Policy" content="img-src 'none'"><img src="/favicon.ico" alt="">`,
  );
  await expectSeen(pageGuard, 'CSP violation: img-src blocked');
});

test('guard fails a test with a problem it was not told to allow (an expected failure: ✘ is right)', async ({
  page,
}) => {
  test.fail(true, 'the guard must turn this console.error into a failure');
  await openProbe(page, '');
  await page.evaluate(() => console.error('unexpected'));
});
