/**
 * One step, timed as a person waits for it: from the input event to the next
 * paint after the DOM changed.
 */
import { STEP_TIMEOUT_MS } from './config.mjs';

/** @typedef {import('@playwright/test').Page} Page */

/**
 * Times one step: arms a MutationObserver in the page, performs `action`, and
 * resolves at the next paint after the DOM changed: the first animation frame,
 * after the input, by which the DOM has changed, then a message posted from
 * that frame, which runs once the frame's style, layout and paint are done.
 * The frame is asked for at the input itself, before the page's handlers run,
 * so its callback comes before any the page asks for and its message is queued
 * ahead of work the page defers until after the paint (moving the focus,
 * writing history): that work follows the paint the person sees, so it is not
 * part of the step. (A later step's input waits for it, and is timed from its
 * own input event, so none of it goes unmeasured.)
 * The clock starts at the activating input: the `click` (a mouse press is
 * Playwright's pointerdown, mousedown, mouseup and click, several round trips
 * apart) or the `keydown`. DOM changes before the input (a hover style, a late
 * render) are ignored. Rejects if the action causes no input event, or no DOM
 * change within 10 s.
 * Each timed step is also left in the page as a `performance.measure` named
 * `bench:<label>`, so a trace shows where its time went (`--trace`).
 * @param {Page} page
 * @param {(page: Page) => Promise<void>} action
 * @param {string} [label]
 * @returns {Promise<{ ms: number, domMs: number, fromArmMs: number }>}
 */
export async function measureStep(page, action, label = 'step') {
  await page.evaluate(([timeoutMs, name]) => {
    const inputs = ['keydown', 'click'];
    /** @type {{ __benchStep?: Promise<{ ms: number, domMs: number, fromArmMs: number } | string> }} */
    const w = /** @type {any} */ (window);
    w.__benchStep = new Promise((resolve) => {
      const armedAt = performance.now();
      /** @type {number | null} */
      let inputAt = null;
      /** @type {number | null} */
      let lastChangeAt = null;
      let painted = false;
      let frameAsked = false;
      /** A frame: if the DOM has changed since the input, the step is painted with it. */
      const onFrame = () => {
        frameAsked = false;
        if (inputAt === null || lastChangeAt === null || painted) return;
        painted = true;
        const start = inputAt;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const end = performance.now();
          finish();
          performance.measure(`bench:${name}`, { start, end });
          resolve({
            ms: end - start,
            domMs: (lastChangeAt ?? end) - start,
            fromArmMs: end - armedAt,
          });
        };
        channel.port2.postMessage(null);
      };
      const askFrame = () => {
        if (frameAsked) return;
        frameAsked = true;
        requestAnimationFrame(onFrame);
      };
      /** @param {Event} event */
      const onInput = (event) => {
        inputAt ??= event.timeStamp;
        // Asked for before the page handles the input, so this frame callback runs
        // before any the page asks for, and its message is queued ahead of work the
        // page puts off until after the paint.
        askFrame();
      };
      const observer = new MutationObserver(() => {
        if (inputAt === null || painted) return;
        lastChangeAt = performance.now();
        askFrame();
      });
      const timer = setTimeout(() => {
        finish();
        resolve(
          inputAt === null ? 'the action caused no input event' : 'no DOM change after the input',
        );
      }, timeoutMs);
      const finish = () => {
        observer.disconnect();
        clearTimeout(timer);
        for (const type of inputs) removeEventListener(type, onInput, true);
      };
      for (const type of inputs) addEventListener(type, onInput, true);
      observer.observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  }, /** @type {const} */ ([STEP_TIMEOUT_MS, label]));
  await action(page);
  const result = await page.evaluate(() => /** @type {any} */ (window).__benchStep);
  if (typeof result === 'string') throw new Error(`measureStep: ${result}`);
  return result;
}
