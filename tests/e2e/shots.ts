/**
 * Screenshots for a human look (`reports/screenshots/`, git-ignored). They
 * assert nothing, and a run of the suite takes about a hundred of them, so
 * they are taken only when asked for: `npm run screenshots` (SCREENSHOTS=1).
 * Without it, a shot of an element still waits for the element to be visible,
 * as Playwright's own screenshot would.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const SCREENSHOT_DIR = 'reports/screenshots';

export const TAKE_SHOTS = !!process.env.SCREENSHOTS;

type PageShot = NonNullable<Parameters<Page['screenshot']>[0]>;
type ElementShot = NonNullable<Parameters<Locator['screenshot']>[0]>;

/** A screenshot of the page (or of one element) to `name` under the screenshot folder. */
export async function shot(
  target: Page | Locator,
  name: string,
  options: Omit<PageShot, 'path'> & Omit<ElementShot, 'path'> = {},
): Promise<void> {
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  if ('goto' in target) {
    if (TAKE_SHOTS) await target.screenshot({ ...options, path });
  } else if (TAKE_SHOTS) {
    await target.screenshot({ path });
  } else {
    await expect(target).toBeVisible();
  }
}
