/**
 * Typing, timed as a person feels it: from each keydown event's timestamp to
 * the first frame painted after it, in each blank of the composer, in the
 * edited text of each format, against a floor: the same keystrokes typed
 * into a bare `<input>` put into the same page. And the format switch.
 */
import { throttledPage } from './browser.mjs';
import { FORMAT_SWITCHES, KEY_GAP_MS, KEYSTROKES } from './config.mjs';
import { summarise } from './stats.mjs';
import { measureStep } from './step.mjs';
import { startTrace, stopTrace } from './trace.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Locator} Locator */
/** @typedef {import('./stats.mjs').Summary} Summary */
/**
 * A place's keystrokes: to the next paint, and to the message shown painted
 * with the keystroke (undefined where a keystroke leaves it unchanged, as in a
 * blank the message shows only once filled).
 * @typedef {{ place: string, label: string, summary: Summary, shown: Summary | undefined }} TypingFigure
 */

/** The negotiate outcome: it asks for every blank (the interview's time once one is booked). */
const NEGOTIATE = '?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable';
const BLANKS = ['yourName', 'theirName', 'company', 'jobTitle', 'need'];
const FORMATS = /** @type {const} */ (['email', 'call', 'message']);
/**
 * The keystrokes' times to the message shown, when every keystroke changed it.
 * @param {number[]} shown
 */
const shownSummary = (shown) =>
  shown.every((ms) => Number.isFinite(ms)) ? summarise(shown) : undefined;

/** Typed, then rubbed out, round and round: every place gets the same keystrokes. */
const PHRASE = 'Alex Morgan';

/** The keys pressed in each place. */
const KEYS = Array.from({ length: KEYSTROKES }, (_, i) => {
  const at = i % (PHRASE.length * 2);
  const char = PHRASE[at] ?? 'Backspace';
  return char === ' ' ? 'Space' : char;
});

/** How long a keystroke's change to the message is waited for before it counts as none. */
const SHOWN_TIMEOUT_MS = 2000;

/**
 * Each keydown from now on leaves two promises in the page: its time to the
 * next paint (a frame asked for at the keydown, before the page's handlers
 * run, then a message posted from it, which runs once that frame is painted,
 * as `measureStep` does), and its time until the message shown
 * (`[data-template]`) has changed and painted: the first change to it after
 * the keydown, then the same frame and message (NaN when nothing changed in
 * `SHOWN_TIMEOUT_MS`). Each keystroke is left as a `bench:<label>` measure for
 * traces.
 * @param {Page} page
 */
function recordKeystrokes(page) {
  return page.evaluate((timeout) => {
    const w = /** @type {any} */ (window);
    w.__benchKeys = [];
    w.__benchShown = [];
    w.__benchKeyLabel = 'key';
    /** Resolves with the time from `start` to the end of the next painted frame. */
    const nextPaint = (/** @type {number} */ start, /** @type {(ms: number) => void} */ resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
    addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        const name = `bench:${w.__benchKeyLabel}`;
        w.__benchKeys.push(
          new Promise((resolve) =>
            nextPaint(start, (ms) => {
              performance.measure(name, { start, duration: ms });
              resolve(ms);
            }),
          ),
        );
        const message = document.querySelector('[data-template]');
        w.__benchShown.push(
          new Promise((resolve) => {
            if (!message) return resolve(NaN);
            const observer = new MutationObserver(() => {
              observer.disconnect();
              clearTimeout(timer);
              nextPaint(start, resolve);
            });
            const timer = setTimeout(() => {
              observer.disconnect();
              resolve(NaN);
            }, timeout);
            observer.observe(message, { subtree: true, childList: true, characterData: true });
          }),
        );
      },
      true,
    );
  }, SHOWN_TIMEOUT_MS);
}

/**
 * Types `KEYS` into `target`, the caret at its end, a key at a time at a
 * person's pace; returns each keystroke's time to paint, and to the message
 * shown painted with it.
 * @param {Page} page
 * @param {Locator} target
 * @param {string} label
 */
async function typeInto(page, target, label) {
  await target.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.evaluate((name) => {
    /** @type {any} */ (window).__benchKeyLabel = name;
  }, label);
  /** @type {number[]} */
  const times = [];
  /** @type {number[]} */
  const shown = [];
  for (const key of KEYS) {
    await page.keyboard.press(key);
    const [painted, message] = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      return Promise.all([w.__benchKeys.at(-1), w.__benchShown.at(-1)]);
    });
    times.push(painted);
    shown.push(message);
    await page.waitForTimeout(KEY_GAP_MS);
  }
  return { times, shown };
}

/** The most idle periods waited for in `settled` before typing starts anyway. */
const SETTLE_TRIES = 40;

/**
 * Waits until the page has settled, as it has by the time a person has read
 * the outcome and starts to type: the service worker active (installing it,
 * its precache included, is a first visit's work, not typing's), then two
 * idle periods in a row with the whole 50 ms free (the code of the other view
 * loaded at idle, and anything else queued, done). Without it, the first
 * place typed sometimes shared its seconds with that work: the first blank
 * at 1.39x and 1.41x in two runs of four, and at 0.94x and 1.08x in the others.
 * @param {Page} page
 */
function settled(page) {
  return page.evaluate(async (tries) => {
    const timeout = new Promise((resolve) => setTimeout(resolve, 10_000));
    await Promise.race([navigator.serviceWorker?.ready, timeout]);
    /** @returns {Promise<number>} */
    const idle = () =>
      new Promise((resolve) =>
        requestIdleCallback((deadline) => resolve(deadline.timeRemaining()), { timeout: 1000 }),
      );
    for (let quiet = 0, tried = 0; quiet < 2 && tried < tries; tried++) {
      quiet = (await idle()) >= 49 ? quiet + 1 : 0;
    }
  }, SETTLE_TRIES);
}

/**
 * Types into a bare text box added at the end of the page, with none of the
 * app, then takes it away; returns each keystroke's time to paint. Without
 * `area`, an `<input>`: the floor. With it, for context beside a format's
 * edited text (no target): a `<textarea>` of the editor's size holding the
 * text the editor held, typed at its end, for what the browser's own editing
 * of that much text costs.
 * @param {Page} page
 * @param {string} label
 * @param {{ text: string, rows: number, width: number }} [area]
 */
async function typeIntoBare(page, label, area) {
  await page.evaluate((shape) => {
    /** @type {HTMLElement} */
    let box;
    if (shape) {
      const textarea = document.createElement('textarea');
      textarea.rows = shape.rows;
      textarea.value = shape.text;
      textarea.style.width = `${shape.width}px`;
      box = textarea;
    } else {
      const input = document.createElement('input');
      input.type = 'text';
      box = input;
    }
    box.dataset.benchFloor = '';
    document.body.append(box);
  }, area);
  const box = page.locator('[data-bench-floor]');
  const { times } = await typeInto(page, box, label);
  await box.evaluate((element) => element.remove());
  return times;
}

/**
 * On the negotiate outcome, from its share link: the floor, each blank (the
 * interview's time after ticking "booked"), the format switch, then the
 * edited text of each format (each followed by a bare textarea holding its
 * text), then the floor again. With `traceInto`, the
 * whole page is traced (each keystroke a `bench:type:<place>` measure).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {import('./journeys.mjs').Content} content
 * @param {import('./trace.mjs').TraceEvent[]} [traceInto]
 */
export async function measureTyping(browser, url, { outcomeUi }, traceInto) {
  const { context, page, cdp } = await throttledPage(browser);
  try {
    await page.goto(`${url}${NEGOTIATE}`, { waitUntil: 'load' });
    await page.locator('[data-field="yourName"]').waitFor();
    await settled(page);
    await recordKeystrokes(page);
    if (traceInto) await startTrace(cdp, traceInto);
    const floor = await typeIntoBare(page, 'type:floor');
    /** @type {TypingFigure[]} */
    const places = [];
    /** @param {string} place @param {string} label @param {Locator} target */
    const time = async (place, label, target) => {
      const { times, shown } = await typeInto(page, target, `type:${place}`);
      places.push({ place, label, summary: summarise(times), shown: shownSummary(shown) });
    };
    for (const field of BLANKS) {
      await time(field, `blank ${field}`, page.locator(`input[data-field="${field}"]`));
    }
    await page.locator('[data-field="booked"]').check();
    await time(
      'interviewDate',
      'blank interviewDate',
      page.locator('[data-field="interviewDate"]'),
    );

    /** @param {(typeof FORMATS)[number]} format */
    const radio = (format) =>
      page.getByRole('radio', { name: outcomeUi.composer.format[format], exact: true });
    /** @type {number[]} */
    const switches = [];
    for (let i = 1; i <= FORMAT_SWITCHES; i++) {
      const to = radio(FORMATS[i % FORMATS.length] ?? 'email');
      switches.push((await measureStep(page, () => to.check(), 'format')).ms);
    }

    /** @type {TypingFigure[]} */
    const textareas = [];
    const { editing } = outcomeUi;
    const editorLabel = {
      email: editing.bodyLabel,
      call: editing.callLabel,
      message: editing.messageLabel,
    };
    for (const format of FORMATS) {
      await radio(format).check();
      await page.getByRole('button', { name: editing.edit, exact: true }).click();
      const editor = page.getByRole('textbox', { name: editorLabel[format], exact: true });
      const box = await editor.evaluate((element) => ({
        text: /** @type {HTMLTextAreaElement} */ (element).value,
        rows: /** @type {HTMLTextAreaElement} */ (element).rows,
        width: element.getBoundingClientRect().width,
      }));
      await time(`edited-${format}`, `edited text, ${format}`, editor);
      await page.getByRole('button', { name: editing.done, exact: true }).click();
      textareas.push({
        place: `textarea-${format}`,
        label: `a bare <textarea>, same text: ${format}`,
        summary: summarise(await typeIntoBare(page, `type:textarea-${format}`, box)),
        shown: undefined,
      });
    }
    floor.push(...(await typeIntoBare(page, 'type:floor')));
    if (traceInto) await stopTrace(cdp);
    return { floor: summarise(floor), places, textareas, formatSwitch: summarise(switches) };
  } finally {
    await context.close();
  }
}
