/**
 * Typing, timed as a person feels it: from each keydown event's timestamp to
 * the first frame painted after it, in each blank of the composer, in the
 * edited text of each format, against a floor: the same keystrokes typed
 * into a bare `<input>` put into the same page, in turns with the place. And
 * the format switch.
 */
import { throttledPage } from './browser.mjs';
import { FORMAT_SWITCHES, KEY_BLOCK, KEY_GAP_MS, KEYSTROKES } from './config.mjs';
import { summarise } from './stats.mjs';
import { measureStep } from './step.mjs';
import { startTrace, stopTrace } from './trace.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Locator} Locator */
/** @typedef {import('./stats.mjs').Summary} Summary */
/**
 * A place's keystrokes: to the next paint, to the message shown painted with
 * the keystroke (undefined where a keystroke leaves it unchanged, as in a
 * blank the message shows only once filled), and the floor's keystrokes typed
 * in turns with them.
 * @typedef {{ place: string, label: string, summary: Summary, shown: Summary | undefined, floor: Summary }} TypingFigure
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
    w.__benchWatchShown = true;
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
        const message = w.__benchWatchShown ? document.querySelector('[data-template]') : null;
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
 * Types `keys` into `target`, the caret at its end, a key at a time at a
 * person's pace; returns each keystroke's time to paint, and to the message
 * shown painted with it (NaN each, without `watchShown`: a bare box changes no
 * message, and would wait out the timeout at every key).
 * @param {Page} page
 * @param {Locator} target
 * @param {string} label
 * @param {readonly string[]} keys
 * @param {boolean} watchShown
 */
async function typeInto(page, target, label, keys, watchShown) {
  await target.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.evaluate(([name, watch]) => {
    const w = /** @type {any} */ (window);
    w.__benchKeyLabel = name;
    w.__benchWatchShown = watch;
  }, /** @type {const} */ ([label, watchShown]));
  // Whatever the focus moving set off is done before the first key.
  await page.waitForTimeout(KEY_GAP_MS);
  /** @type {number[]} */
  const times = [];
  /** @type {number[]} */
  const shown = [];
  for (const key of keys) {
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
 * The shape of a bare `<textarea>`: the editor's size, holding its text.
 * @typedef {{ text: string, rows: number, width: number }} AreaShape
 */

/**
 * Adds a bare text box at the end of the page, with none of the app, and
 * returns it: without `area`, an `<input>` (the floor); with it, a
 * `<textarea>` of the editor's size holding the text the editor held, for
 * what the browser's own editing of that much text costs (context beside a
 * format's edited text, no target).
 * @param {Page} page
 * @param {string} id
 * @param {AreaShape} [area]
 */
async function addBare(page, id, area) {
  await page.evaluate(([name, shape]) => {
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
    box.dataset.benchBare = name;
    document.body.append(box);
  }, /** @type {const} */ ([id, area]));
  return page.locator(`[data-bench-bare="${id}"]`);
}

/**
 * Types `KEYS` into a place and, in turns with it, `KEY_BLOCK` keys at a
 * time, into a bare `<input>` (the floor) and, when `area` is given, a bare
 * `<textarea>`, each turn starting with the next of them, so that a stretch of
 * slowness on the machine falls on the place and its floor alike. Returns the
 * place's keystrokes (to paint, and to the message shown), the floor's, and
 * the textarea's (empty without `area`).
 * @param {Page} page
 * @param {Locator} target
 * @param {string} place
 * @param {{ place: string, shape: AreaShape }} [area]
 */
async function typeInTurns(page, target, place, area) {
  /** @typedef {{ locator: Locator, label: string, times: number[], shown: number[] }} Turn */
  /** @type {(locator: Locator, label: string) => Turn} */
  const turnOf = (locator, label) => ({ locator, label, times: [], shown: [] });
  const own = turnOf(target, `type:${place}`);
  const floor = turnOf(await addBare(page, 'floor'), 'type:floor');
  const bare = area
    ? turnOf(await addBare(page, 'area', area.shape), `type:${area.place}`)
    : undefined;
  const turns = bare ? [own, floor, bare] : [own, floor];
  for (let from = 0, turn = 0; from < KEYS.length; from += KEY_BLOCK, turn++) {
    const keys = KEYS.slice(from, from + KEY_BLOCK);
    for (let i = 0; i < turns.length; i++) {
      const box = /** @type {Turn} */ (turns[(turn + i) % turns.length]);
      const { times, shown } = await typeInto(page, box.locator, box.label, keys, box === own);
      box.times.push(...times);
      box.shown.push(...shown);
    }
  }
  for (const box of turns.slice(1)) await box.locator.evaluate((element) => element.remove());
  return { times: own.times, shown: own.shown, floor: floor.times, area: bare?.times ?? [] };
}

/**
 * On the negotiate outcome, from its share link: each blank (the interview's
 * time after ticking "booked"), the format switch, then the edited text of
 * each format (a bare textarea holding its text taking turns too), each in
 * turns with its floor. With `traceInto`, the whole page is traced (each
 * keystroke a `bench:type:<place>` measure).
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
    /** @type {number[]} */
    const floor = [];
    /** @type {TypingFigure[]} */
    const places = [];
    /** @type {TypingFigure[]} */
    const textareas = [];
    /**
     * Times a place in turns with its floor (and `area`, a bare textarea);
     * returns that floor's summary and the textarea's keystrokes.
     * @param {string} place @param {string} label @param {Locator} target
     * @param {{ place: string, shape: AreaShape }} [area]
     */
    const time = async (place, label, target, area) => {
      const typed = await typeInTurns(page, target, place, area);
      const own = summarise(typed.floor);
      floor.push(...typed.floor);
      places.push({
        place,
        label,
        summary: summarise(typed.times),
        shown: shownSummary(typed.shown),
        floor: own,
      });
      return { floor: own, area: typed.area };
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
      const place = `textarea-${format}`;
      const typed = await time(`edited-${format}`, `edited text, ${format}`, editor, {
        place,
        shape: box,
      });
      textareas.push({
        place,
        label: `a bare <textarea>, same text: ${format}`,
        summary: summarise(typed.area),
        shown: undefined,
        floor: typed.floor,
      });
      await page.getByRole('button', { name: editing.done, exact: true }).click();
    }
    if (traceInto) await stopTrace(cdp);
    return { floor: summarise(floor), places, textareas, formatSwitch: summarise(switches) };
  } finally {
    await context.close();
  }
}
