/**
 * The floors: what a step costs in this browser, at this slowdown, with this
 * way of pressing, when no app code runs at all.
 */
import { clickOn, pressEnterOn, throttledPage } from './browser.mjs';
import { FLOOR_STEPS } from './config.mjs';
import { summarise } from './stats.mjs';
import { measureStep } from './step.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('./journeys.mjs').Content} Content */
/** @typedef {import('./stats.mjs').Summary} Summary */

/**
 * The pages each floor swaps between, reached by share link: the journey's
 * questions, in turn; and its last question, then the outcome it leads to.
 */
export const FLOORS = /** @type {const} */ ({
  start: {
    label: 'floor: Start to the first question, no app code',
    links: [''],
    // The first question has no link of its own: it is reached by pressing Start.
    thenStart: true,
    cycle: false,
  },
  continue: {
    label: 'floor: next question, no app code',
    links: [
      '?stage=applied',
      '?stage=applied&concerns=salary',
      '?stage=applied&concerns=salary&negotiable=yes',
    ],
    cycle: true,
  },
  outcome: {
    label: 'floor: outcome, no app code',
    links: [
      '?stage=applied&concerns=salary&negotiable=yes',
      '?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable',
    ],
    cycle: false,
  },
  'continue-key': {
    label: 'floor: next question by Enter, no app code',
    links: [
      '?stage=applied',
      '?stage=applied&concerns=salary',
      '?stage=applied&concerns=salary&negotiable=yes',
    ],
    cycle: true,
    keyboard: true,
  },
});
/**
 * A floor: what a step costs in this browser, at this slowdown, with this way
 * of clicking, when no app code runs at all. Each page's DOM is captured
 * from the real app; then a click on Continue, caught before the app sees
 * it, swaps the next page's DOM into `main` (a clone of a parsed template,
 * the cheapest DOM change there is), timed like any step. With `cycle` the
 * pages follow one another round and round; without, every timed click goes
 * from the first page to the second, and the first is put back, untimed,
 * in between. The app's own step can only approach this figure; a target
 * below it cannot be met by any app.
 * @param {Browser} browser
 * @param {string} url
 * @param {Content} content
 * @param {{ links: readonly string[], cycle: boolean, keyboard?: boolean, thenStart?: boolean }} floor
 *   with `keyboard`, Continue is pressed with Enter (it has the focus first);
 *   with `thenStart`, the last page is the one Start leads to, and Start is pressed
 * @returns {Promise<number[]>}
 */
async function measureFloor(browser, url, { ui }, { links, cycle, keyboard = false, thenStart }) {
  const { context, page } = await throttledPage(browser);
  try {
    /** @type {string[]} */
    const pages = [];
    for (const link of links) {
      await page.goto(`${url}${link}`, { waitUntil: 'load' });
      await page.locator('main h1').waitFor();
      pages.push(await page.evaluate(() => document.querySelector('main')?.innerHTML ?? ''));
    }
    const button = thenStart ? ui.start.button : ui.nav.continue;
    if (thenStart) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.locator('main h1', { hasNotText: ui.start.heading }).waitFor();
      pages.push(await page.evaluate(() => document.querySelector('main')?.innerHTML ?? ''));
      // Going to the same address keeps the history entry, which now stands for the question.
      await page.evaluate(() => history.replaceState(null, '', location.href));
    }
    await page.goto(`${url}${links[0]}`, { waitUntil: 'load' });
    await page.locator('main h1').waitFor();
    await page.evaluate(([htmls, cycle]) => {
      const templates = htmls.map((html) => {
        const template = document.createElement('template');
        template.innerHTML = html;
        return template.content;
      });
      let shown = 0;
      /** @param {number} index */
      const show = (index) => {
        shown = index;
        document.querySelector('main')?.replaceChildren(templates[index]?.cloneNode(true) ?? '');
      };
      /** @type {any} */ (window).__benchFloorReset = () => show(0);
      /** @param {Event} event */
      const swap = (event) => {
        const target = /** @type {Element} */ (event.target);
        if (!target.closest?.('main button[type="submit"], main .button--start')) return;
        if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
        event.preventDefault();
        event.stopImmediatePropagation();
        show(cycle ? (shown + 1) % templates.length : 1);
      };
      // On the document, capturing: after the window's listeners (the step's clock
      // starts there), before any of the app's. Enter's keydown comes before the
      // click it would cause; stopped, it causes none.
      document.addEventListener('click', swap, true);
      document.addEventListener('keydown', swap, true);
    }, /** @type {const} */ ([pages, cycle]));
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < FLOOR_STEPS; i++) {
      const press = keyboard ? () => pressEnterOn(page, button) : () => clickOn(page, button);
      times.push((await measureStep(page, press, 'floor')).ms);
      if (cycle) continue;
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            /** @type {any} */ (window).__benchFloorReset();
            requestAnimationFrame(() => setTimeout(resolve, 0));
          }),
      );
    }
    return times;
  } finally {
    await context.close();
  }
}

/**
 * Every floor, in turn.
 * @param {Browser} browser
 * @param {string} url
 * @param {Content} content
 * @returns {Promise<Record<string, Summary>>}
 */
export async function measureFloors(browser, url, content) {
  /** @type {Record<string, Summary>} */
  const floors = {};
  for (const [kind, floor] of Object.entries(FLOORS)) {
    floors[kind] = summarise(await measureFloor(browser, url, content, floor));
  }
  return floors;
}
