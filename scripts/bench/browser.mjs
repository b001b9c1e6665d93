/**
 * The browser the bench drives: Chromium (found by `scripts/chromium.mjs`),
 * each page in a fresh context with the CPU slowed down, and the two ways a
 * person presses a button.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { CPU_SLOWDOWN } from './config.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */

export function launchBrowser() {
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * Slows the CPU of one page of a context; returns its CDP session.
 * @param {BrowserContext} context
 * @param {Page} page
 */
export async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

/**
 * A fresh context (cold cache) and page with the CPU slowed down.
 * @param {Browser} browser
 */
export async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await throttle(context, page);
  return { context, page, cdp };
}

/**
 * Clicks the button named `name`.
 * @param {Page} page
 * @param {string} name
 */
export function clickOn(page, name) {
  return page.getByRole('button', { name, exact: true }).click();
}

/**
 * Presses a button as a keyboard user does: it has the focus (moved there
 * before the clock starts, as by Tab), then Enter.
 * @param {Page} page
 * @param {string} name
 */
export async function pressEnterOn(page, name) {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}
