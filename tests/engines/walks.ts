/**
 * The longer engine journeys' steps, each written once against `Tab`
 * (driver.ts) and registered by `defineJourneys` (journeys.ts), which checks
 * for problems after each:
 * - by clicking from the start: each answer, Back, the browser's back and
 *   forward, Change, reload, typing into the composer and every format there
 *   is;
 * - the pages beside the guide from the footer, the not-found page, and the
 *   color theme chosen there, kept across pages and reloads;
 * - offline after one visit: the service worker controls the page, and a
 *   reload with the network gone still shows the guide and those pages.
 */
import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import type { GuideEvent } from '../../src/flow/machine';
import type { View } from '../../src/flow/view';
import { Mirror, journeyTo } from '../e2e/model';
import { waitInPage, type Tab } from './driver';
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

/** Clicks from the start to an outcome, then Back, history, Change, reload, the composer and every format. */
export async function clickingFromStart(tab: Tab): Promise<void> {
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
  expect((await formatChoices(tab)).filter((c) => c.checked).map((c) => c.value)).toEqual(['call']);
  expect(await message(tab)).toEqual(before);
}

/** The footer's pages and the color theme, from the start page, a question page and the 404 page. */
export async function footerAndTheme(tab: Tab): Promise<void> {
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
}

/**
 * After one visit, the network gone (BiDi takes the page offline; classic
 * WebDriver cannot, so `stopServer` stops the journey's own server): the
 * guide, its question pages, a share link and the pages beside it still load.
 */
export async function offlineAfterOneVisit(
  tab: Tab,
  stopServer: () => Promise<void>,
): Promise<void> {
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
    await stopServer();
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
}

mkdirSync(SCREENSHOT_DIR, { recursive: true });
