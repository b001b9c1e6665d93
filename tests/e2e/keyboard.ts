/**
 * Driving the guide with the keyboard alone, as a person who cannot use a
 * mouse would: Tab and Shift+Tab to move, Space to tick, the arrow keys within
 * a radio group, Enter to submit or follow a link. Elements are found by role
 * and by accessible names taken from the content modules; the focus is checked
 * in the page (`document.activeElement`) after every key, never assumed.
 */
import type { Locator, Page } from '@playwright/test';
import { outcomeUi, questions, ui } from '../../src/content';
import { MULTIPLE_CHOICE, type AnswerValue, type QuestionId } from '../../src/flow/questions';
import type { GuideEvent } from '../../src/flow/machine';
import type { View } from '../../src/flow/view';
import { expect } from './fixtures';
import { expectedText } from './expected-text';

/** More than any view has focusable elements: a Tab loop that runs longer is lost. */
export const MAX_TABS = 80;

/** Whether `target` holds the focus. */
export async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/**
 * Whether any of `targets` holds the focus, and a short description of the
 * focused element for failure messages: one round trip per key press.
 */
async function focusAmong(targets: Locator): Promise<{ hit: boolean; focused: string }> {
  return targets.evaluateAll((els) => {
    const active = document.activeElement;
    const focused =
      !active || active === document.body
        ? 'body'
        : `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} "${(active.textContent ?? '').trim().slice(0, 40)}"`;
    return { hit: els.some((el) => el === active), focused };
  });
}

/** Whether `target` comes before the focused element, so that Shift+Tab leads to it. */
async function backwardsTo(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const from = document.activeElement;
    if (!from || from === document.body || from === el) return false;
    return (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  });
}

/**
 * Presses Tab, or Shift+Tab when `target` comes before the focus, until
 * `target` has the focus, at most `max` times. Fails with the elements it
 * passed if it never gets there.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = MAX_TABS }: { max?: number } = {},
): Promise<void> {
  const key = (await backwardsTo(target)) ? 'Shift+Tab' : 'Tab';
  const passed: string[] = [];
  for (let i = 0; i <= max; i++) {
    const { hit, focused } = await focusAmong(target);
    if (hit) return;
    if (i > 0) passed.push(focused);
    if (i === max) break;
    await page.keyboard.press(key);
  }
  throw new Error(
    `tabTo: ${target} never got the focus after ${max} presses of ${key}; passed: ${passed.join(' → ')}`,
  );
}

/** Tabs to `target` and presses `key` on it (Enter by default). */
export async function activate(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/**
 * Chooses one radio of a group as the keyboard does: Tab into the group, then
 * the arrow keys (which move the choice with the focus) until `name` is
 * focused, and Space if it is focused but not yet chosen (Tab into a group
 * with nothing chosen focuses the first radio without choosing it).
 */
export async function chooseRadio(page: Page, group: Locator, name: string): Promise<void> {
  const radios = group.getByRole('radio');
  const target = group.getByRole('radio', { name, exact: true });
  const count = await radios.count();
  const key = (await backwardsTo(radios.first())) ? 'Shift+Tab' : 'Tab';
  const passed: string[] = [];
  for (let i = 0; ; i++) {
    const { hit, focused } = await focusAmong(radios);
    if (hit) break;
    if (i > 0) passed.push(focused);
    if (i === MAX_TABS) {
      throw new Error(`chooseRadio: never tabbed into ${group}; passed: ${passed.join(' → ')}`);
    }
    await page.keyboard.press(key);
  }
  for (let i = 0; i < count && !(await hasFocus(target)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await hasFocus(target), `the arrow keys reach the radio "${name}"`).toBe(true);
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/**
 * Ticks exactly the checkboxes named in `wanted` (and unticks the others), in
 * the order they come, with Tab and Space. Each box's state is read again when
 * the focus reaches it, since ticking one may untick another ("None").
 */
export async function tickExactly(
  page: Page,
  group: Locator,
  wanted: ReadonlySet<string>,
): Promise<void> {
  const boxes = group.getByRole('checkbox');
  const read = () =>
    boxes.evaluateAll((els) =>
      els.map((el) => ({
        name: (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '',
        checked: (el as HTMLInputElement).checked,
      })),
    );
  let boxStates = await read();
  for (let i = 0; i < boxStates.length; i++) {
    const { name, checked } = boxStates[i]!;
    const want = wanted.has(name);
    if (checked === want) continue;
    await tabTo(page, boxes.nth(i));
    await page.keyboard.press('Space');
    boxStates = await read();
    expect(boxStates[i]?.checked, `"${name}" ${want ? 'ticked' : 'unticked'} by Space`).toBe(want);
  }
  for (const name of wanted) {
    await expect(group.getByRole('checkbox', { name, exact: true })).toBeChecked();
  }
}

/** The labels of an answer's options, from the content. */
export function optionLabels<Q extends QuestionId>(question: Q, answer: AnswerValue<Q>): string[] {
  const options = questions[question].options as Record<string, { label: string }>;
  const ids: readonly string[] = typeof answer === 'string' ? [answer] : answer;
  return ids.map((id) => options[id]!.label);
}

/** The fieldset of a question page: its legend is the question. */
export function questionGroup(page: Page, question: QuestionId): Locator {
  return page.getByRole('group', { name: questions[question].title });
}

/** Sets the answer on the question page on screen, by keyboard, without submitting it. */
export async function setAnswer<Q extends QuestionId>(
  page: Page,
  question: Q,
  answer: AnswerValue<Q>,
): Promise<void> {
  const group = questionGroup(page, question);
  const labels = optionLabels(question, answer);
  if (MULTIPLE_CHOICE.has(question)) await tickExactly(page, group, new Set(labels));
  else await chooseRadio(page, group, labels[0]!);
}

/** Tabs to Continue and presses Enter. */
export async function submit(page: Page): Promise<void> {
  await activate(page, page.getByRole('button', { name: ui.nav.continue, exact: true }));
}

/** Answers the question on screen by keyboard and presses Continue. */
export async function answer<Q extends QuestionId>(
  page: Page,
  question: Q,
  value: AnswerValue<Q>,
): Promise<void> {
  await setAnswer(page, question, value);
  await submit(page);
}

/**
 * Checks what a view shows: its heading, its title and, for an outcome, the
 * `data-outcome` and `data-template` contracts. With `focus`, also that the
 * focus is on the new h1 (what every step must do); with `previousTitle`,
 * that the title changed.
 */
export async function expectView(
  page: Page,
  view: View,
  { focus = true, previousTitle }: { focus?: boolean; previousTitle?: string } = {},
): Promise<void> {
  const { heading, title } = expectedText(view);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(heading);
  await expect(page).toHaveTitle(title);
  if (previousTitle !== undefined) expect(title, 'the title changed').not.toBe(previousTitle);
  if (focus) {
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const el = document.activeElement;
            return `${el?.tagName} ${el?.textContent?.trim()}`;
          }),
        { message: 'the focus is on the new h1' },
      )
      .toBe(`H1 ${heading}`);
  }
  if (view.kind === 'outcome') {
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', view.outcome);
    await expect(page.locator('[data-template]')).toHaveAttribute('data-template', view.template);
  } else {
    await expect(page.locator('[data-outcome]')).toHaveCount(0);
  }
}

/** The Back link above the page's heading. */
export function backLink(page: Page): Locator {
  return page.getByRole('link', { name: ui.nav.back, exact: true });
}

/** The Change link of one row of "Your answers". */
export function changeLink(page: Page, question: QuestionId): Locator {
  const name = `${ui.nav.change} ${ui.nav.changeHidden(questions[question].summaryLabel)}`;
  return page.getByRole('link', { name, exact: true });
}

/**
 * Carries out one of the machine's events by keyboard, from wherever the
 * focus is after the previous step (the h1).
 */
export async function perform(page: Page, event: GuideEvent): Promise<void> {
  switch (event.type) {
    case 'guide.started':
      return activate(page, page.getByRole('button', { name: ui.start.button, exact: true }));
    case 'answer.submitted':
      return answer(page, event.question, event.answer);
    case 'nav.back':
      return activate(page, backLink(page));
    case 'nav.change':
      return activate(page, changeLink(page, event.question));
    case 'guide.restarted':
      return activate(page, page.getByRole('button', { name: ui.nav.startAgain, exact: true }));
    case 'reply.opened':
      return activate(
        page,
        page.getByRole('button', { name: outcomeUi.reply.button, exact: true }),
      );
  }
}
