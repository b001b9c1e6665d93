/** The service worker, for the specs about it (the config blocks it elsewhere). */
import type { Page } from '@playwright/test';

/** Waits until the guide's service worker is active and controls the page. */
export async function untilWorkerControls(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}
