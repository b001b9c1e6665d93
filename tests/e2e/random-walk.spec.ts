/**
 * Hostile and rapid input in the real browser, against the production build
 * with its CSP. The fixture (fixtures.ts) fails every test on a page error, a
 * console error, a CSP violation or a request to another origin.
 *
 * - A bounded random walk through the real interface (a fixed, printed seed;
 *   `RANDOM_WALK_SEED` and `RANDOM_WALK_STEPS` override): clicks, double
 *   clicks, typing hostile and non-Latin text, copy, download, Back, the
 *   browser's history, Change, Start again, reloads and mangled links. After
 *   every step the page shows exactly one view and no error panel.
 * - Markup typed into a field, or put in a link, runs nothing.
 * - A real double click on Continue answers once and ticks nothing on the
 *   next page.
 */
import type { Page } from '@playwright/test';
import { outcomeUi, questions, sessionUi, ui } from '../../src/content';
import { expect, test } from './fixtures';
import { composerMounted } from './journey-steps';

const SEED = Number(process.env.RANDOM_WALK_SEED ?? 5_2026);
const STEPS = Number(process.env.RANDOM_WALK_STEPS ?? 300);

const MARKUP = '<img src=x onerror=window.__pwned=1>';

/** Text a person might type or paste: hostile, non-Latin, long, or empty. */
const TEXTS = [
  MARKUP,
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '{company} {yourName}',
  'Zoë Ní Bhriain 👩🏽‍💻',
  'e\u0301 a\u0308 n\u0303',
  'שלום עליכם',
  'مرحبا بالعالم',
  'abc\u202Edef',
  'Smith & Sons? 100% #1',
  'x'.repeat(130),
  '',
];

/** A small, seeded PRNG (mulberry32), so a failing walk can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    below: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

/** What the page shows and offers, read in one trip to the page. */
async function probe(page: Page, words: typeof WORDS) {
  return page.evaluate(async (words) => {
    // A frame, then a task: a step's history entry is written by then (the
    // guide writes it once the step has painted), so the entry read is this view's.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    const all = (selector: string) => [...document.querySelectorAll(selector)];
    // The Navigation API lists this origin's entries only, never about:blank before them.
    const { navigation } = window as unknown as {
      navigation: { currentEntry: { index: number } | null; entries(): unknown[] };
    };
    const entry = navigation.currentEntry?.index ?? 0;
    return {
      headings: all('main h1').length,
      heading: text(document.querySelector('main h1') ?? document.body),
      outcome: document.querySelector('[data-outcome]') !== null,
      panel: document.querySelector('[data-error-panel]') !== null,
      pwned: (window as { __pwned?: unknown }).__pwned !== undefined,
      labels: all('main form label').length,
      continues: all('main form button').filter((b) => text(b) === words.continue).length,
      starts: all('main button').filter((b) => text(b) === words.start).length,
      resumes: all('main button').filter((b) => text(b) === words.resume).length,
      backs: all('main a').filter((a) => text(a) === words.back).length,
      changes: all('main a').filter((a) => text(a).startsWith(`${words.change} `)).length,
      notices: all('main [role="status"] button').length,
      entry,
      canGoBack: entry > 0,
      canGoForward: entry < navigation.entries().length - 1,
    };
  }, words);
}

const WORDS = {
  continue: ui.nav.continue,
  back: ui.nav.back,
  change: ui.nav.change,
  start: ui.start.button,
  resume: sessionUi.resume.continue,
};

/** Waits for one view, settled, and checks nothing ran and nothing broke. */
async function expectOneView(page: Page, step: string) {
  // A step that waits for code (Start, before the guide's has loaded) marks the page busy.
  await expect(page.locator('main[aria-busy]'), `settled after ${step}`).toHaveCount(0, {
    timeout: 15_000,
  });
  await expect(page.locator('main h1'), `one view after ${step}`).toHaveCount(1);
  const now = await probe(page, WORDS);
  expect(now.panel, `the error panel after ${step}`).toBe(false);
  expect(now.pwned, `typed markup ran, after ${step}`).toBe(false);
  return now;
}

function garbledQuery(rng: ReturnType<typeof random>): string {
  const pieces = [
    'stage=applied',
    'stage=hired',
    'concerns=none,salary',
    'concerns=salary,work-setup',
    'negotiable=yes',
    'reply=enough',
    'reply=not-enough',
    'colour=blue',
    '%E0%A4%A=1',
    `x=${'a'.repeat(2000)}`,
    '<b>=1',
    'stage=applied&stage=outreach',
    '',
  ];
  return Array.from({ length: 1 + rng.below(4) }, () => rng.pick(pieces)).join('&');
}

test.describe('hostile and rapid input in Chromium', () => {
  test(`a random walk of ${STEPS} steps`, async ({ page, context }, testInfo) => {
    testInfo.annotations.push({ type: 'seed', description: String(SEED) });
    console.log(`random walk: seed ${SEED}, ${STEPS} steps (RANDOM_WALK_SEED to replay)`);
    test.setTimeout(Math.max(120_000, STEPS * 1_500));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const rng = random(SEED);
    const log: string[] = [];
    const counts = new Map<string, number>();

    // A control that is not there fails its step in 10 s, not at the walk's timeout.
    page.setDefaultTimeout(10_000);
    page.setDefaultNavigationTimeout(30_000);
    await page.goto('/');
    let view = await expectOneView(page, 'opening');

    for (let i = 0; i < STEPS; i++) {
      const main = page.locator('main');
      const actions: [string, () => Promise<unknown>][] = [];
      /** Whether a double-clicked Continue had an answer chosen (else its error is due). */
      let answered = false;

      const back = page.getByRole('link', { name: ui.nav.back, exact: true });
      const start = page.getByRole('button', { name: ui.start.button });
      const continueButton = page.getByRole('button', { name: ui.nav.continue });
      const startAgain = page.getByRole('button', { name: ui.nav.startAgain });

      // The start page offers Start, or, with answers kept, to continue them or start again.
      if (view.starts > 0) {
        actions.push(
          ['start', () => start.click()],
          ['start (double click)', () => start.dblclick()],
        );
      }
      if (view.resumes > 0) {
        const resume = page.getByRole('button', { name: sessionUi.resume.continue });
        const afresh = page.getByRole('button', { name: sessionUi.resume.startAgain, exact: true });
        actions.push(
          ['continue the saved answers', () => resume.click()],
          ['start again, not the saved answers', () => afresh.click()],
        );
      }
      if (view.continues > 0) {
        const labels = main.locator('form label');
        const choose = async () => {
          for (let n = 1 + rng.below(2); n > 0; n--) {
            await labels.nth(rng.below(view.labels)).click();
          }
        };
        actions.push(
          ['answer', async () => (await choose(), continueButton.click())],
          [
            'answer (double click)',
            async () => {
              await choose();
              answered = (await main.locator('form input:checked').count()) > 0;
              await continueButton.dblclick();
            },
          ],
          ['continue with nothing new chosen', () => continueButton.click()],
          ['answer (Enter)', async () => (await choose(), continueButton.press('Enter'))],
        );
      }
      if (view.backs > 0) {
        actions.push(['back', () => back.click()], ['back (double click)', () => back.dblclick()]);
      }
      const changes = main.getByRole('link', { name: new RegExp(`^${ui.nav.change} `) });
      if (view.changes > 0) {
        actions.push(['change', () => changes.nth(rng.below(view.changes)).click()]);
      }
      const heardBack = page.getByRole('button', { name: outcomeUi.reply.button });
      if (view.outcome && (await heardBack.count()) > 0) {
        actions.push(['heard back', () => heardBack.click()]);
      }
      if (view.outcome) {
        // Only the blanks this message uses are on the page.
        const fields = page.locator('input[type="text"][data-field]');
        const typeSomewhere = async () =>
          fields.nth(rng.below(await fields.count())).fill(rng.pick(TEXTS));
        /** Presses an action, and goes ahead if it warns about empty blanks first. */
        const send = async (action: string, anyway: string) => {
          await page.getByRole('button', { name: action, exact: true }).click();
          const ahead = page.getByRole('button', { name: anyway, exact: true });
          if (await ahead.isVisible()) await ahead.click();
        };
        const formats = Object.keys(outcomeUi.composer.format).filter((key) => key !== 'legend');
        actions.push(
          ['type', typeSomewhere],
          ['type', typeSomewhere],
          [
            'format',
            () =>
              page
                .getByRole('radio', {
                  name: outcomeUi.composer.format[
                    rng.pick(formats) as keyof typeof outcomeUi.composer.format
                  ],
                  exact: true,
                })
                .check(),
          ],
          ['copy', () => send(outcomeUi.actions.copy, outcomeUi.sending.copyAnyway)],
          [
            'copy share link',
            () => page.getByRole('button', { name: outcomeUi.actions.copyShareLink }).click(),
          ],
          [
            'download',
            async () => {
              const download = page.waitForEvent('download');
              await send(outcomeUi.actions.download, outcomeUi.sending.downloadAnyway);
              await (await download).path();
            },
          ],
          ['start again', () => startAgain.click()],
        );
      }
      const notices = page.getByRole('button', { name: ui.notices.dismiss });
      if (view.notices > 0) actions.push(['dismiss', () => notices.first().click()]);
      /**
       * The browser's Back or Forward, done once the page is on another entry.
       * Playwright's `goBack` returns at the page's next navigation, and the
       * guide's `history.replaceState` as it takes over at idle is one: the walk
       * then read the page before the traversal, and saw it move by itself.
       */
      const traverse = async (go: () => Promise<unknown>) => {
        await go();
        await page.waitForFunction(
          (from) =>
            (window as unknown as { navigation: { currentEntry: { index: number } | null } })
              .navigation.currentEntry?.index !== from,
          view.entry,
        );
      };
      if (view.canGoBack) actions.push(['browser back', () => traverse(() => page.goBack())]);
      if (view.canGoForward) {
        actions.push(['browser forward', () => traverse(() => page.goForward())]);
      }
      if (rng.chance(0.08)) actions.push(['reload', () => page.reload()]);
      if (rng.chance(0.08)) {
        const query = garbledQuery(rng);
        actions.push([`open ?${query.slice(0, 40)}`, () => page.goto(`/?${query}`)]);
      }

      const [name, act] = rng.pick(actions);
      log.push(name);
      counts.set(name.replace(/ \?.*/, ''), (counts.get(name.replace(/ \?.*/, '')) ?? 0) + 1);
      try {
        await act();
      } catch (error) {
        // A control gone between reading the page and using it: say whether the
        // page moved on by itself, which a person would see as a bug too.
        const now = await expectOneView(page, `step ${i}, after ${name} failed`);
        if (now.heading === view.heading && now.outcome === view.outcome) throw error;
        throw new Error(
          `step ${i} (${log.slice(-5).join(' → ')}): the page went from "${view.heading}" ` +
            `to "${now.heading}" with no step of the person's`,
          { cause: error },
        );
      }
      view = await expectOneView(page, `step ${i} (${log.slice(-5).join(' → ')})`);
      // Continue after a real double click never shows a spurious error.
      if ((name === 'answer (double click)' && answered) || name === 'start (double click)') {
        await expect(page.getByRole('alert'), `after ${name} at step ${i}`).toHaveCount(0);
      }
    }

    console.log(
      `random walk: ${STEPS} steps, ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`,
    );
    expect(await page.locator('img').count(), 'img elements on the page').toBe(0);
  });

  test('markup typed into every field runs nothing, through copy, download, call and reload', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/?stage=applied&concerns=salary&negotiable=no&employer-interest=no');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'decline');

    // Every blank this message asks for, so nothing is left to warn about.
    await composerMounted(page);
    for (const field of await page.locator('input[type="text"][data-field]').all()) {
      await field.fill(MARKUP);
    }
    const message = page.locator('[data-template]');
    await expect(message).toContainText(MARKUP);
    await page.getByRole('button', { name: outcomeUi.actions.copy }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(MARKUP);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: outcomeUi.actions.download }).click();
    await (await download).path();
    await page.getByRole('radio', { name: outcomeUi.composer.format.call, exact: true }).check();
    await expect(message).toContainText(MARKUP);
    await page.reload();
    await expect(message).toContainText(MARKUP);

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(requested.filter((path) => path.endsWith('/x'))).toEqual([]);
  });

  test('markup in a link, its fragment or its path runs nothing and is never shown', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const url of [
      `/?stage=${encodeURIComponent(MARKUP)}`,
      `/?${encodeURIComponent(MARKUP)}=1&stage=applied`,
      `/?stage=applied#${encodeURIComponent(MARKUP)}`,
      `/${encodeURIComponent('<script>window.__pwned=1</script>')}`,
    ]) {
      await page.goto(url);
      await expect(page.getByRole('button', { name: ui.notices.dismiss }).first()).toBeVisible();
      await expectOneView(page, url);
      await expect(page.locator('main')).not.toContainText('onerror');
    }
    expect(await page.locator('img').count()).toBe(0);
    expect(requested.filter((path) => path.endsWith('/x'))).toEqual([]);
  });

  test('a real double click on Continue answers once, and ticks nothing on the next page', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: ui.start.button }).click();
    await page.getByLabel(questions.stage.options.applied.label, { exact: true }).check();
    await page.getByRole('button', { name: ui.nav.continue }).dblclick();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.concerns.title);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('main form input:checked')).toHaveCount(0);
    await expect(page).toHaveURL(/\?stage=applied$/);
  });

  test('a real double click on Continue does not skip the next, pre-filled question', async ({
    page,
  }) => {
    // At this width the next question's Continue sits where this one's was.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?stage=applied&concerns=salary&negotiable=yes&salary-gap=far');
    const change = `${ui.nav.change} ${ui.nav.changeHidden(questions.negotiable.summaryLabel)}`;
    await page.getByRole('link', { name: change }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.negotiable.title);

    await page.getByRole('button', { name: ui.nav.continue }).dblclick();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions['salary-gap'].title);
    await expect(page.getByLabel(questions['salary-gap'].options.far.label)).toBeChecked();
    await expect(page).toHaveURL(/\?stage=applied&concerns=salary&negotiable=yes$/);
  });

  test('a real double click on Back goes back one question', async ({ page }) => {
    await page.goto('/?stage=applied&concerns=salary&negotiable=yes');
    await page.getByRole('link', { name: ui.nav.back, exact: true }).dblclick();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.negotiable.title);
    await expect(page).toHaveURL(/\?stage=applied&concerns=salary$/);
  });
});
