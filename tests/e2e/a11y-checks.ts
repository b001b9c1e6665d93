/**
 * Checks beyond axe, shared by the accessibility specs: the views to visit,
 * colour contrast worked out from computed styles, the focus indicator of
 * whatever holds the focus, the WCAG 1.4.12 text spacing, and reflow.
 */
import type { Page } from '@playwright/test';
import { outcomeUi, ui } from '../../src/content';
import type { View } from '../../src/flow/view';
import { axeViolations } from './axe';
import { expect } from './fixtures';
import { expectView } from './keyboard';
import { Mirror, QUESTION_JOURNEYS, TEMPLATE_JOURNEYS } from './model';
import { shot } from './shots';

/**
 * A view to check, reached by share link. `error`: Continue pressed with
 * nothing chosen. `followUp`: a follow-up question, which shares its outcome's
 * link and is opened from it ("Heard back?").
 */
export interface Visit {
  readonly name: string;
  readonly link: string;
  readonly error?: boolean;
  readonly followUp?: boolean;
}

/** A question's visit, from its journey in the model. */
export function questionVisit(
  question: string,
  journey: (typeof QUESTION_JOURNEYS)[number]['journey'],
  name = question,
): Visit {
  const followUp = journey.steps.at(-1)?.event.type === 'reply.opened';
  return { name, link: journey.link, ...(followUp ? { followUp } : {}) };
}

/** The start, each question, a question's error, and every outcome (one per template). */
export const EVERY_VIEW: readonly Visit[] = [
  { name: 'start', link: '' },
  ...QUESTION_JOURNEYS.map(({ question, journey }) =>
    questionVisit(question, journey, `question-${question}`),
  ),
  { name: 'error-concerns', link: QUESTION_JOURNEYS[1]!.journey.link, error: true },
  ...TEMPLATE_JOURNEYS.map(({ template, journey }) => ({
    name: `outcome-${template}`,
    link: journey.link,
  })),
];

/**
 * Opens a visit's view as a person reaches it (the first question: Start,
 * pressed); with `error`, presses Continue with nothing chosen. Returns the view.
 */
export async function openVisit(page: Page, visit: Visit): Promise<View> {
  const mirror = Mirror.fromLink(visit.link);
  // A fresh visit: the guide would otherwise restore the last view it saved.
  if (page.url().startsWith('http')) await page.evaluate(() => localStorage.clear());
  await page.goto(`/${visit.link}`);
  if (mirror.view.kind === 'start' && visit.name !== 'start') {
    await page.getByRole('button', { name: ui.start.button, exact: true }).click();
    mirror.send({ type: 'guide.started' });
  }
  if (visit.followUp) {
    await expectView(page, mirror.view, { focus: false });
    await page.getByRole('button', { name: outcomeUi.reply.button, exact: true }).click();
    mirror.send({ type: 'reply.opened' });
  }
  await expectView(page, mirror.view, { focus: false });
  if (visit.error) {
    await page.getByRole('button', { name: ui.nav.continue, exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(ui.errors.summaryTitle);
  }
  return mirror.view;
}

export type Rgba = readonly [number, number, number, number];

/** Parses a computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`). */
export function parseColour(text: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(text);
  if (srgb) {
    const [, r, g, b, a] = srgb;
    return [Number(r) * 255, Number(g) * 255, Number(b) * 255, a === undefined ? 1 : Number(a)];
  }
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(text);
  if (!rgb) throw new Error(`Cannot read the colour ${text}`);
  const [, r, g, b, a] = rgb;
  return [Number(r), Number(g), Number(b), a === undefined ? 1 : Number(a)];
}

function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

/** `top` laid over `bottom` (which is opaque). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

/** The WCAG contrast ratio of two colours (the first laid over the second if translucent). */
export function contrast(fg: string | Rgba, bg: string | Rgba): number {
  const b = typeof bg === 'string' ? parseColour(bg) : bg;
  const f = over(typeof fg === 'string' ? parseColour(fg) : fg, b);
  const [hi, lo] = [luminance(f), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const WHITE: Rgba = [255, 255, 255, 1];

/** What the focused element looks like: run in the page. */
export interface FocusLook {
  /** Where the element sits in the document, to tell when the Tab order comes round. */
  readonly key: string;
  readonly what: string;
  readonly tag: string;
  readonly type: string;
  readonly color: string;
  /** The colours behind it, nearest first, down to the first opaque one. */
  readonly backgrounds: readonly string[];
  /** The colours behind its parent: what surrounds the element. */
  readonly around: readonly string[];
  readonly outlineStyle: string;
  readonly outlineWidth: number;
  readonly outlineOffset: number;
  readonly outlineColor: string;
  readonly boxShadow: string;
}

/** Describes `document.activeElement` (self-contained: it runs in the page). */
export function lookOfFocus(): FocusLook | null {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const stack = (from: Element | null): string[] => {
    const colours: string[] = [];
    for (let e = from; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg === 'transparent' || /rgba\(.*, 0\)$/.test(bg)) continue;
      colours.push(bg);
      if (!bg.startsWith('rgba')) break;
    }
    return colours;
  };
  const path: number[] = [];
  for (let e: Element | null = el; e?.parentElement; e = e.parentElement) {
    path.push([...e.parentElement.children].indexOf(e));
  }
  const style = getComputedStyle(el);
  const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return {
    key: path.join('.'),
    what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text}"`,
    tag: el.tagName.toLowerCase(),
    type: el.getAttribute('type') ?? '',
    color: style.color,
    backgrounds: stack(el),
    around: stack(el.parentElement),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    outlineOffset: parseFloat(style.outlineOffset) || 0,
    outlineColor: style.outlineColor,
    boxShadow: style.boxShadow,
  };
}

/** Flattens a stack of backgrounds (nearest first) onto the page's white, or `base`. */
export function flatten(backgrounds: readonly string[], base: Rgba = WHITE): Rgba {
  return [...backgrounds].reverse().reduce<Rgba>((under, c) => over(parseColour(c), under), base);
}

/**
 * In the page: blurs and scrolls to the top, puts the focus on the document
 * itself, and from then on records the look of each element the focus lands
 * on. Returns how many presses of Tab are enough to come round.
 */
function recordFocus(look: () => FocusLook | null, max: number): number {
  const w = window as unknown as { __looks?: (FocusLook | null)[]; __stopLooks?: () => void };
  w.__stopLooks?.();
  (document.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(0, 0);
  // Start from the top of the document, as a person arriving does.
  document.body.setAttribute('tabindex', '-1');
  document.body.focus();
  document.body.removeAttribute('tabindex');
  const looks: (FocusLook | null)[] = [];
  const record = () => looks.push(look());
  document.addEventListener('focusin', record);
  w.__looks = looks;
  w.__stopLooks = () => document.removeEventListener('focusin', record);
  // Every element that could take the focus, and one more.
  const candidates = document.querySelectorAll(
    'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]',
  ).length;
  return Math.min(max, candidates + 2);
}

/**
 * Presses Tab from the top of the page until the focus comes round again,
 * calling `visit` with the look of each element focused on the way.
 *
 * Each element's look is recorded in the page as the focus lands on it, and
 * the key presses go to Chromium in one batch (the DevTools protocol handles
 * them in order, each once the one before has been dispatched): a round trip
 * per press, and another to read the focus, cost more than the checks.
 */
export async function tabThroughAll(
  page: Page,
  visit: (look: FocusLook) => void | Promise<void>,
  { max = 80 }: { max?: number } = {},
): Promise<number> {
  // Run as an expression, so the page's CSP (no eval) lets `lookOfFocus` in.
  const presses = (await page.evaluate(
    `(${recordFocus.toString()})(${lookOfFocus.toString()}, ${max})`,
  )) as number;
  const cdp = await page.context().newCDPSession(page);
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: presses }, () => [
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
    ]).flat(),
  );
  await cdp.detach();
  const looks = await page.evaluate(() => {
    const w = window as unknown as { __looks: (FocusLook | null)[]; __stopLooks: () => void };
    w.__stopLooks();
    return w.__looks;
  });
  const seen = new Set<string>();
  for (const look of looks) {
    if (!look || seen.has(look.key)) break;
    seen.add(look.key);
    await visit(look);
  }
  return seen.size;
}

/** The text spacing WCAG 1.4.12 asks content to survive (the usual bookmarklet's CSS). */
export const TEXT_SPACING_CSS = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p { margin-bottom: 2em !important; }
`;

/**
 * Adds a style sheet as a person's bookmarklet or extension would. A
 * constructed sheet, not a `<style>` element, which the guide's CSP refuses.
 */
export async function addStyles(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** How far the page scrolls sideways: 0 when it reflows. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** Where `checkEverywhere` checks a view: a phone's and a desktop's width, light and dark. */
const AXE_WIDTHS = [320, 1280] as const;
const AXE_SCHEMES = ['light', 'dark'] as const;

/**
 * Runs axe on the page as it stands at each width and in each scheme, and
 * takes a screenshot of each when `shotName` names one.
 */
export async function checkEverywhere(page: Page, shotName?: string): Promise<void> {
  const failures: string[] = [];
  for (const width of AXE_WIDTHS) {
    await page.setViewportSize({ width, height: width < 600 ? 640 : 800 });
    const overflow = await sidewaysOverflow(page);
    if (overflow > 0) failures.push(`${width}px: the page is ${overflow}px wider than the window`);
    for (const colorScheme of AXE_SCHEMES) {
      await page.emulateMedia({ colorScheme });
      if (shotName) {
        await shot(page, `${shotName}-${width}-${colorScheme}`, { fullPage: true });
      }
      const violations = await axeViolations(page);
      failures.push(
        ...violations.map(
          (v) =>
            `${width}px ${colorScheme}: ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
            v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
        ),
      );
    }
  }
  expect(failures, 'axe violations or overflow').toEqual([]);
}
