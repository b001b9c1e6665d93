/**
 * The journeys every engine runs, written once against `Tab` (driver.ts):
 * - every outcome and template opened from its share link (the list comes from
 *   the machine's test model, tests/e2e/model.ts, never typed out here);
 * - one journey by clicking from the start: each answer, Back, the browser's
 *   back and forward, Change, reload, typing into the composer and every
 *   format there is;
 * - the pages beside the guide from the footer, the not-found page, and the
 *   color theme chosen there, kept across pages and reloads;
 * - offline after one visit: the service worker controls the page, and a
 *   reload with the network gone still shows the guide and those pages;
 * - and, after each of them, no page error, console error, CSP violation or
 *   load from another origin.
 *
 * Each journey runs in a fresh `Tab` (its own storage and service worker) of
 * the one browser the test file launched.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { preview } from 'vite';
import type { GuideEvent } from '../../src/flow/machine';
import type { View } from '../../src/flow/view';
import { Mirror, TEMPLATE_JOURNEYS, journeyTo } from '../e2e/model';
import { poll, waitInPage, type Engine, type Tab } from './driver';
import { EngineStuck, runJourney } from './stuck';
import {
  chooseFormat,
  chosenLabels,
  expectView,
  fieldQuery,
  formatChoices,
  message,
  optionLabels,
  perform,
} from './guide';
import { BACKGROUND, SITE_PAGES, START, chooseTheme, expectSite, followLink } from './site';
import { site } from '../../src/content/site';
import './context';

/** Where the screenshots for a human look go (git-ignored, as the Playwright ones). */
const SCREENSHOT_DIR = 'reports/screenshots/engines';

/** What the person types into the message's blanks. */
const TYPED = {
  yourName: 'Alex Smith',
  theirName: 'Sam Jones',
  company: 'Acme & Co',
  jobTitle: 'Data analyst',
} as const;

/** Formats every template offers, whatever others are added. */
const REQUIRED_FORMATS = ['email', 'call'];

/**
 * Registers the journeys for one engine. `launch` starts the browser once for
 * the file; each journey opens its own tab on the build at `baseURL`.
 */
export function defineJourneys(launch: () => Promise<Engine>): void {
  const baseURL = inject('baseURL');
  let engine: Engine | undefined;

  // Long enough for a browser's second start (firefox.ts) after a failed first.
  beforeAll(async () => {
    engine = await launch();
    console.log(`${engine.name}: ${engine.version}`);
  }, 150_000);
  afterAll(async () => {
    await engine?.close();
  });

  /**
   * One journey: a fresh tab, `body`, then no problem seen anywhere in it.
   * A journey that fails says what the page reported too, which often explains
   * why. The tab closes whatever happens. A journey the browser hung on runs
   * once more in a fresh one, and says so (stuck.ts); nothing else is rerun.
   * `origin` is asked on each attempt.
   */
  const journey = (
    name: string,
    body: (tab: Tab) => Promise<void>,
    origin: () => Promise<string> = async () => baseURL,
  ) =>
    test(name, async () => {
      const attempts = await runJourney({
        name: `${engine?.name ?? 'engine'}: ${name}`,
        log: (line) => console.error(line),
        open: async () => {
          if (!engine) throw new Error('The browser did not start.');
          return engine.open(await origin());
        },
        close: (tab) => tab.close(),
        body: async (tab) => {
          try {
            await body(tab);
          } catch (error) {
            // A hung browser has nothing to add but another wait.
            if (error instanceof EngineStuck) throw error;
            const seen = await tab.problems().catch(() => []);
            if (error instanceof Error && seen.length > 0) {
              error.message += `\nThe page also reported:\n${seen.join('\n')}`;
            }
            throw error;
          }
          expect(await tab.problems(), 'page errors, console errors or CSP violations').toEqual([]);
        },
      });
      if (attempts > 1) console.error(`${engine?.name}: ${name}: passed at the second attempt`);
    });

  test('the guard sees a page error, a rejection, a console error and a CSP violation', async () => {
    if (!engine) throw new Error('The browser did not start.');
    const tab = await engine.open(baseURL);
    try {
      await tab.goto('/');
      await expectView(tab, new Mirror().view, { focus: false });
      expect(await tab.problems(), 'a quiet start').toEqual([]);
      await tab.evaluate(() => {
        setTimeout(() => {
          throw new Error('provoked error');
        });
        void Promise.reject(new Error('provoked rejection'));
        console.error('provoked console error');
        const script = document.createElement('script');
        script.textContent = 'void 0';
        document.body.append(script);
      });
      const seen: string[] = [];
      const kinds = [/provoked error/, /provoked rejection/, /provoked console error/, /^CSP/];
      await poll(
        async () => seen.push(...(await tab.problems())),
        () => kinds.every((kind) => seen.some((line) => kind.test(line))),
        { message: 'all four problems reported' },
      ).catch(() => undefined);
      for (const kind of kinds) {
        expect(
          seen.some((line) => kind.test(line)),
          `${kind} in ${JSON.stringify(seen)}`,
        ).toBe(true);
      }
    } finally {
      await tab.close();
    }
  });

  for (const { template, journey: path } of TEMPLATE_JOURNEYS) {
    const { outcome } = path.view as { outcome: string };
    journey(`share link: ${outcome} with ${template} (${path.link})`, async (tab) => {
      const mirror = Mirror.fromLink(path.link);
      expect(mirror.view).toEqual(path.view);
      await tab.goto(`/${path.link}`);
      await expectView(tab, mirror.view, { focus: false, link: path.link });
      const shown = await message(tab);
      if (shown.format !== null) expect(shown.format, 'data-format').toBe('email');
      expect(shown.subject, 'an email opens with its subject line').toBeTruthy();
    });
  }

  journey('share link: the reply to a no (the brief’s pushback link)', async (tab) => {
    const link = '?stage=applied&concerns=career-goals&employer-interest=no&pushback=asked-why';
    const mirror = Mirror.fromLink(link);
    expect(mirror.view).toEqual({ kind: 'outcome', outcome: 'decline', template: 'hold-decline' });
    await tab.goto(`/${link}`);
    await expectView(tab, mirror.view, { focus: false, link });
    expect((await message(tab)).subject, 'an email opens with its subject line').toBeTruthy();
  });

  journey('moving a booked interview, by clicking', async (tab) => {
    const link = '?stage=applied&concerns=none';
    await tab.goto(`/${link}`);
    await expectView(tab, Mirror.fromLink(link).view, { focus: false, link });
    const templateShown = () =>
      tab.evaluate(() => document.querySelector('[data-template]')?.getAttribute('data-template'));
    await tab.click({ css: 'input[data-field="booked"]' });
    await waitInPage(tab, (css: string) => document.querySelector(css) !== null, [
      'input[data-field="interviewDate"]',
    ]);
    await tab.type({ css: 'input[data-field="interviewDate"]' }, 'Thursday at 2pm');
    await waitInPage(tab, (css: string) => document.querySelector(css) !== null, [
      'input[data-field="reschedule"]',
    ]);
    await tab.click({ css: 'input[data-field="reschedule"]' });
    await poll(templateShown, (id) => id === 'reschedule', { message: 'the reschedule message' });
    await tab.type({ css: 'input[data-field="altTimes"]' }, 'Monday after 1pm');
    const shown = await poll(
      () => message(tab),
      (m) => m.text.includes('Monday after 1pm'),
      { message: 'the times offered in the message' },
    );
    expect(shown.subject ?? '').toMatch(/reschedul/i);
    expect(shown.text).toContain('Thursday at 2pm');
    for (const format of ['call', 'message']) {
      expect((await chooseFormat(tab, format)).text).toContain('Thursday at 2pm');
    }
    expect(await templateShown()).toBe('reschedule');
  });

  journey(
    'clicking from the start: Back, history, Change, reload, composer, formats',
    async (tab) => {
      /** The history entries the steps make: each step that changes the view pushes one. */
      const entries: { view: View; link: string }[] = [];
      const mirror = new Mirror();
      const record = () => entries.push({ view: mirror.view, link: mirror.link });
      const step = async (event: GuideEvent) => {
        await perform(tab, event);
        mirror.send(event);
        await expectView(tab, mirror.view, { link: mirror.link });
        record();
      };
      /** Continue with the remembered answer on each question until the outcome. */
      const onToOutcome = async () => {
        while (mirror.view.kind === 'question') {
          const { question } = mirror.view;
          const remembered = mirror.remembered[question];
          if (remembered === undefined) throw new Error(`Nothing remembered for ${question}`);
          await step({ type: 'answer.submitted', question, answer: remembered } as GuideEvent);
        }
      };
      /** A question page shows the answer the machine remembers for it. */
      const expectPrefilled = async () => {
        if (mirror.view.kind !== 'question') return;
        const { question } = mirror.view;
        const remembered = mirror.remembered[question];
        const labels = remembered === undefined ? [] : optionLabels(question, remembered);
        expect((await chosenLabels(tab, question)).sort(), `${question} pre-filled`).toEqual(
          [...labels].sort(),
        );
      };

      await tab.goto('/');
      await expectView(tab, mirror.view, { focus: false, link: '' });
      record();

      // The longest way to an outcome the model has: Start, then an answer per question.
      const path = journeyTo('negotiate');
      for (const { event } of path.steps) await step(event);
      expect(mirror.view).toEqual(path.view);
      await tab.screenshot(`${SCREENSHOT_DIR}/${tab.engine}-outcome-negotiate.png`);

      // Back, twice, each question pre-filled with its answer; then on again.
      await step({ type: 'nav.back' });
      await expectPrefilled();
      await step({ type: 'nav.back' });
      await expectPrefilled();
      await tab.screenshot(`${SCREENSHOT_DIR}/${tab.engine}-question.png`);

      // The browser's own buttons walk the entries the steps made.
      let at = entries.length - 1;
      const go = async (direction: 'back' | 'forward') => {
        await (direction === 'back' ? tab.back() : tab.forward());
        at += direction === 'back' ? -1 : 1;
        const entry = entries[at]!;
        await expectView(tab, entry.view, { focus: false, link: entry.link });
      };
      await go('back');
      await go('back');
      await go('forward');
      await go('forward');
      // Back at the entry the last step made: the machine agrees with the page again.
      expect(entries[at]!.link).toBe(mirror.link);
      await onToOutcome();
      expect(mirror.view).toEqual(path.view);

      // Change from "Your answers": the concerns page, pre-filled; on to the same outcome.
      await step({ type: 'nav.change', question: 'concerns' });
      await expectPrefilled();
      await onToOutcome();
      expect(mirror.view).toEqual(path.view);

      // Reload on the outcome: the same view and link.
      await tab.reload();
      await expectView(tab, mirror.view, { focus: false, link: mirror.link });

      // The composer: type into each blank; the email greets them and signs off.
      for (const [field, value] of Object.entries(TYPED)) {
        await tab.type(await fieldQuery(tab, field as keyof typeof TYPED), value);
      }
      const email = await chooseFormat(tab, 'email');
      expect(email.text).toContain(TYPED.theirName);
      expect(email.text).toContain(TYPED.yourName);

      // Every format there is, by its radio's value; email and call at least.
      const formats = (await formatChoices(tab)).map((choice) => choice.value);
      expect(formats).toEqual(expect.arrayContaining(REQUIRED_FORMATS));
      for (const format of formats) await chooseFormat(tab, format);
      await chooseFormat(tab, 'call');

      // Reload: the blanks and the format come back.
      const before = await message(tab);
      await tab.reload();
      await expectView(tab, mirror.view, { focus: false, link: mirror.link });
      for (const [field, value] of Object.entries(TYPED)) {
        const query = await fieldQuery(tab, field as keyof typeof TYPED);
        const typed = await tab.evaluate(
          (css: string) => (document.querySelector(css) as HTMLInputElement | null)?.value ?? null,
          query.css,
        );
        expect(typed, `${field} after a reload`).toBe(value);
      }
      expect((await formatChoices(tab)).filter((c) => c.checked).map((c) => c.value)).toEqual([
        'call',
      ]);
      expect(await message(tab)).toEqual(before);
    },
  );

  /**
   * A server of its own (a free port, so a new origin with no service worker
   * yet), which this journey may stop: the other journeys keep theirs. Started
   * afresh for each attempt that finds it stopped.
   */
  let offlineServer: Awaited<ReturnType<typeof preview>> | undefined;
  let offlineOrigin = '';
  const offlineStart = async () => {
    if (offlineServer) return offlineOrigin;
    offlineServer = await preview({
      logLevel: 'silent',
      preview: { port: 0, host: 'localhost', open: false },
    });
    offlineOrigin = offlineServer.resolvedUrls?.local[0] ?? '';
    if (!offlineOrigin) throw new Error('The offline journey’s preview server did not start.');
    return offlineOrigin;
  };
  afterAll(async () => {
    await offlineServer?.close();
  });

  journey('the footer, the pages beside the guide and the color theme', async (tab) => {
    // Each page is left by a link, not the browser's Back: a whole page restored
    // from the back-forward cache never fires the load event Puppeteer waits for.
    const [privacy, accessibility] = SITE_PAGES;
    await tab.goto('/');
    await expectView(tab, new Mirror().view, { focus: false });
    await expectSite(tab, { theme: null, kept: null, checked: 'system' });
    await followLink(tab, privacy.link, privacy.title);
    await expectSite(tab, { theme: null, checked: 'system' });
    await chooseTheme(tab, 'dark');
    await expectSite(tab, { theme: 'dark', kept: 'dark', background: BACKGROUND.dark });
    await tab.screenshot(`${SCREENSHOT_DIR}/${tab.engine}-privacy-dark.png`);
    await followLink(tab, accessibility.link, accessibility.title);
    await expectSite(tab, { theme: 'dark', checked: 'dark', background: BACKGROUND.dark });
    await tab.reload();
    await expectSite(tab, { theme: 'dark', checked: 'dark', background: BACKGROUND.dark });
    await followLink(tab, START.link, START.heading);
    await expectSite(tab, { theme: 'dark', checked: 'dark', background: BACKGROUND.dark });
    await chooseTheme(tab, 'light');
    await expectSite(tab, { theme: 'light', kept: 'light', background: BACKGROUND.light });

    // A question page carries the footer too.
    await perform(tab, { type: 'guide.started' });
    const mirror = new Mirror();
    mirror.send({ type: 'guide.started' });
    await expectView(tab, mirror.view);
    await expectSite(tab, { theme: 'light', checked: 'light' });
    await followLink(tab, accessibility.link, accessibility.title);
    await expectSite(tab, { theme: 'light', checked: 'light', background: BACKGROUND.light });
    await chooseTheme(tab, 'system');
    await expectSite(tab, { theme: null, kept: null, checked: 'system' });

    await tab.goto('/404.html');
    await expectSite(tab, { heading: site.notFound.title });
    await followLink(tab, site.notFound.start, START.heading);
  });

  journey(
    'offline after one visit: the service worker serves the reload',
    async (tab) => {
      await tab.goto('/');
      await expectView(tab, new Mirror().view, { focus: false });
      const controlled = () =>
        waitInPage(
          tab,
          async () => {
            await navigator.serviceWorker.ready;
            return navigator.serviceWorker.controller !== null;
          },
          [],
          { message: 'a service worker controlling the page' },
        );
      await controlled();

      if (tab.setOffline) {
        // BiDi can take the page off the network.
        await tab.setOffline(true);
      } else {
        // Classic WebDriver has no command to take a page offline (WebKitWebDriver
        // has no BiDi), so the server itself goes: nothing is left to answer but
        // the service worker's cache.
        await offlineServer!.close();
        offlineServer = undefined;
      }
      // Either way, a request that no cache holds now fails.
      const reached = await tab.evaluate(() =>
        fetch(`/not-cached-${Date.now()}`).then(
          () => true,
          () => false,
        ),
      );
      expect(reached, 'the network is gone').toBe(false);

      await tab.reload();
      const mirror = new Mirror();
      await expectView(tab, mirror.view, { focus: false });
      await controlled();

      // Clicking on needs the question pages' chunk: from the cache too.
      await perform(tab, { type: 'guide.started' });
      mirror.send({ type: 'guide.started' });
      await expectView(tab, mirror.view);

      // An outcome from its share link, loaded afresh while offline.
      const path = journeyTo('decline-outreach');
      await tab.goto(`/${path.link}`);
      await expectView(tab, path.view, { focus: false, link: path.link });
      expect(await tab.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await tab.type(await fieldQuery(tab, 'yourName'), TYPED.yourName);
      expect((await message(tab)).text).toContain(TYPED.yourName);

      // The pages beside the guide, from the cache too.
      for (const page of SITE_PAGES) {
        await tab.goto(page.path);
        await expectSite(tab, { heading: page.title });
      }

      await tab.setOffline?.(false);
    },
    offlineStart,
  );
}

mkdirSync(SCREENSHOT_DIR, { recursive: true });
