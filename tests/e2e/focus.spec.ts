/**
 * Focus, beyond axe: every step opens at the top with the focus on its h1;
 * the question's progress is announced with it; a focused link keeps its
 * text readable in light and dark; the rings of checkboxes, radios and the
 * disclosure stand out from what surrounds them; and in forced colours
 * (Windows High Contrast) every focused control shows a real outline.
 * Forced-colours screenshots go to reports/screenshots/ for a human look.
 */
import type { Page } from '@playwright/test';
import { decisionMap, outcomeUi, questions, ui } from '../../src/content';
import { progressOf } from '../../src/flow/progress';
import {
  EVERY_VIEW,
  contrast,
  flatten,
  openVisit,
  questionVisit,
  parseColour,
  tabThroughAll,
  type FocusLook,
} from './a11y-checks';
import { expect, test } from './fixtures';
import { TAKE_SHOTS, shot } from './shots';
import { expectedText } from './expected-text';
import { backLink, changeLink, expectView, perform } from './keyboard';
import { Mirror, QUESTION_JOURNEYS, TEMPLATE_JOURNEYS } from './model';

test.describe.configure({ mode: 'parallel' });

const SCHEMES = ['light', 'dark'] as const;

/** Where the page is scrolled to, and what holds the focus. */
async function whereAmI(page: Page) {
  return page.evaluate(() => ({
    scrollY: window.scrollY,
    focus: `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`,
  }));
}

/** The journey with the most steps: it passes the long concerns list on the way. */
const LONGEST = [...TEMPLATE_JOURNEYS].sort(
  (a, b) => b.journey.steps.length - a.journey.steps.length,
)[0]!.journey;

test.describe('every step opens at the top, focus on its h1', () => {
  test('by keyboard through the longest journey, then Change and Back, at 320 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 480 });
    const mirror = new Mirror();
    await page.goto('/');
    await expectView(page, mirror.view, { focus: false });
    const check = async (what: string) => {
      await expectView(page, mirror.view);
      const { heading } = expectedText(mirror.view);
      expect(await whereAmI(page), `${what}: at the top, focus on the h1`).toEqual({
        scrollY: 0,
        focus: `H1 ${heading}`,
      });
    };
    for (const step of LONGEST.steps) {
      await perform(page, step.event);
      mirror.send(step.event);
      await check(`after ${step.event.type} to ${step.link || 'the first question'}`);
    }
    // Change from the foot of the outcome page, then Back from the question.
    const [first] = LONGEST.steps.filter((s) => s.event.type === 'answer.submitted');
    const question = first!.event.type === 'answer.submitted' ? first!.event.question : 'stage';
    await changeLink(page, question).scrollIntoViewIfNeeded();
    expect((await whereAmI(page)).scrollY, 'the Change link is down the page').toBeGreaterThan(0);
    await perform(page, { type: 'nav.change', question });
    mirror.send({ type: 'nav.change', question });
    await check('after Change');

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await backLink(page).focus();
    await page.keyboard.press('Enter');
    mirror.send({ type: 'nav.back' });
    await check('after Back');
  });

  test('Continue at the foot of the concerns list opens the next question at the top', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 480 });
    const concerns = QUESTION_JOURNEYS.find((q) => q.question === 'concerns')!.journey;
    const mirror = Mirror.fromLink(concerns.link);
    await page.goto(`/${concerns.link}`);
    await expectView(page, mirror.view, { focus: false });
    const event = { type: 'answer.submitted', question: 'concerns', answer: ['salary'] } as const;
    await perform(page, event);
    mirror.send(event);
    await expectView(page, mirror.view);
    expect((await whereAmI(page)).scrollY).toBe(0);
  });
});

test('each question’s h1 is described by its progress, announced as the focus lands on it', async ({
  page,
}) => {
  for (const { question, journey } of QUESTION_JOURNEYS) {
    const mirror = Mirror.fromLink(journey.link);
    if (mirror.view.kind === 'start') mirror.send({ type: 'guide.started' });
    const visit = questionVisit(question, journey);
    if (visit.followUp) mirror.send({ type: 'reply.opened' });
    const progress = progressOf(mirror.snapshot);
    // A follow-up question is not counted among the questions: it shows no progress.
    const text = progress ? ui.progress(progress.number, progress.total, progress.exact) : '';
    await openVisit(page, visit);
    await expect(page.getByRole('heading', { level: 1 }), question).toHaveAccessibleDescription(
      text,
    );
  }
});

/** The text of a focused link against what is behind it. */
function linkContrast(look: FocusLook): number {
  return contrast(look.color, flatten(look.backgrounds));
}

for (const colorScheme of SCHEMES) {
  test(`every focused link is readable (4.5:1) in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    const kinds = new Set<string>();
    const visits = [
      EVERY_VIEW.find((v) => v.name === 'question-negotiable')!,
      EVERY_VIEW.find((v) => v.error)!,
      EVERY_VIEW.find((v) => v.name.startsWith('outcome'))!,
    ];
    for (const visit of visits) {
      await openVisit(page, visit);
      await tabThroughAll(page, (look) => {
        if (look.tag !== 'a') return;
        kinds.add(look.what);
        const ratio = linkContrast(look);
        if (ratio < 4.5) failures.push(`${visit.name}: ${look.what} ${ratio.toFixed(2)}:1`);
      });
    }
    expect(failures).toEqual([]);
    // The skip link, Back, Change, the error summary's link, a link styled as a button.
    const names = [
      ui.app.skipLink,
      ui.nav.back,
      ui.nav.change,
      outcomeUi.actions.openEmail,
      questions.concerns.errorMessage,
    ];
    for (const name of names) {
      expect(
        [...kinds].some((k) => k.includes(`"${name.slice(0, 30)}`)),
        name,
      ).toBe(true);
    }
  });
}

/**
 * The parts of a focus ring at least 2 px wide: the outline, and each
 * box shadow that shows beyond it.
 */
function ringParts(look: FocusLook): { color: string; width: number }[] {
  const parts: { color: string; width: number }[] = [];
  const outline = look.outlineStyle === 'none' ? 0 : look.outlineWidth;
  if (outline >= 2) parts.push({ color: look.outlineColor, width: outline });
  const shadows = look.boxShadow === 'none' ? [] : look.boxShadow.split(/,(?![^(]*\))/);
  for (const shadow of shadows) {
    const colour = /(rgba?\([^)]*\)|color\([^)]*\))/.exec(shadow)?.[1];
    const lengths = shadow
      .replace(/(rgba?\([^)]*\)|color\([^)]*\))/, '')
      .trim()
      .split(/\s+/)
      .map((n) => parseFloat(n));
    const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
    if (!colour || shadow.includes('inset') || x !== 0 || y !== 0 || blur !== 0) continue;
    const beyond = spread - Math.max(outline + look.outlineOffset, 0);
    if (beyond >= 2) parts.push({ color: colour, width: beyond });
  }
  return parts;
}

for (const colorScheme of SCHEMES) {
  test(`focus rings on checkboxes, radios and the disclosure stand out (3:1) in ${colorScheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    const checked = new Set<string>();
    const ringCheck = (where: string) => (look: FocusLook) => {
      const kind = look.tag === 'input' ? look.type : look.tag;
      if (!['checkbox', 'radio', 'summary'].includes(kind)) return;
      checked.add(kind);
      const around = flatten(look.around);
      const best = Math.max(0, ...ringParts(look).map((p) => contrast(p.color, around)));
      if (best < 3) failures.push(`${where}: ${look.what}: ring ${best.toFixed(2)}:1`);
    };
    await openVisit(
      page,
      EVERY_VIEW.find((v) => v.name === 'question-concerns')!,
    );
    await tabThroughAll(page, ringCheck('concerns'));
    await openVisit(
      page,
      EVERY_VIEW.find((v) => v.name === 'question-negotiable')!,
    );
    await tabThroughAll(page, ringCheck('negotiable'));
    await openVisit(
      page,
      EVERY_VIEW.find((v) => v.name.startsWith('outcome'))!,
    );
    await tabThroughAll(page, ringCheck('outcome'));
    expect(failures).toEqual([]);
    expect([...checked].sort()).toEqual(['checkbox', 'radio', 'summary']);
  });
}

test.describe('forced colours (Windows High Contrast)', () => {
  test('every focused control shows an outline, on every view, light and dark', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const failures: string[] = [];
    for (const visit of EVERY_VIEW) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
      await openVisit(page, visit);
      // Both schemes on the one visit: the colour scheme changes without a reload.
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ forcedColors: 'active', colorScheme });
        const where = `${visit.name} (${colorScheme})`;
        const count = await tabThroughAll(page, (look) => {
          if (look.outlineStyle === 'none' || look.outlineWidth < 2) {
            failures.push(
              `${where}: ${look.what}: outline ${look.outlineStyle} ${look.outlineWidth}px`,
            );
          } else if (parseColour(look.outlineColor)[3] === 0) {
            failures.push(`${where}: ${look.what}: a transparent outline`);
          }
        });
        expect(count, `${where} has controls to focus`).toBeGreaterThan(0);
      }
    }
    expect(failures).toEqual([]);
  });

  test('screenshots: each kind of view, and a focused link and radio', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      // Whole-page shots only: without them (npm test) these visits check nothing new.
      const shots = TAKE_SHOTS
        ? ['start', 'question-concerns', 'error-concerns', 'outcome-withdraw']
        : [];
      for (const name of shots) {
        await openVisit(
          page,
          EVERY_VIEW.find((v) => v.name === name)!,
        );
        await shot(page, `forced-${name}-${colorScheme}`, { fullPage: true });
      }
      // A focused Back link, then a focused radio.
      await openVisit(
        page,
        EVERY_VIEW.find((v) => v.name === 'question-negotiable')!,
      );
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(backLink(page)).toBeFocused();
      await shot(page, `forced-focus-back-${colorScheme}`);
      await page.getByRole('radio').first().focus();
      await page.keyboard.press('ArrowDown');
      await shot(page, `forced-focus-radio-${colorScheme}`);
      // The map, opened.
      await openVisit(
        page,
        EVERY_VIEW.find((v) => v.name === 'outcome-withdraw')!,
      );
      await page.getByText(outcomeUi.outcome.howWeGotHere, { exact: true }).click();
      await shot(page.getByRole('img', { name: decisionMap.heading }), `forced-map-${colorScheme}`);
      await shot(page.locator('[data-template]'), `forced-message-${colorScheme}`);
    }
  });
});
