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
 * the one browser the test file launched. The steps of the last three are in
 * walks.ts; this module registers them, with the share links, the booked
 * interview moved and the guard's own check.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { preview } from 'vite';
import { Mirror, TEMPLATE_JOURNEYS } from '../e2e/model';
import { poll, waitInPage, type Engine, type Tab } from './driver';
import { EngineStuck, runJourney } from './stuck';
import { chooseFormat, expectView, message } from './guide';
import { clickingFromStart, footerAndTheme, offlineAfterOneVisit } from './walks';
import './context';

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

  test('the guard sees a page error, a rejection, a console error, a CSP violation and a missing preload', async () => {
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
        // A module preload whose file is not there.
        const preload = document.createElement('link');
        preload.rel = 'modulepreload';
        preload.href = '/assets/no-such-chunk.js';
        document.head.append(preload);
      });
      const seen: string[] = [];
      const kinds = [
        /provoked error/,
        /provoked rejection/,
        /provoked console error/,
        /^CSP/,
        /^failed to load: LINK \S*no-such-chunk\.js/,
      ];
      await poll(
        async () => seen.push(...(await tab.problems())),
        () => kinds.every((kind) => seen.some((line) => kind.test(line))),
        { message: 'all five problems reported' },
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
    clickingFromStart,
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

  journey('the footer, the pages beside the guide and the color theme', footerAndTheme);

  journey(
    'offline after one visit: the service worker serves the reload',
    (tab) =>
      offlineAfterOneVisit(tab, async () => {
        await offlineServer!.close();
        offlineServer = undefined;
      }),
    offlineStart,
  );
}
