/**
 * The guide as the engine journeys see it, through `Tab` alone: what a view
 * must show (from the content modules and the machine's own view), and each
 * of the machine's events carried out by clicking, as a person with a mouse
 * or a finger would. Elements are found by role and accessible name from the
 * content modules, or by the brief's public contracts (`data-outcome`,
 * `data-template`, `data-format`, `data-subject`, `data-field`, format radios
 * by value).
 */
import { expect } from 'vitest';
import { outcomeUi, questions, ui } from '../../src/content';
import type { GuideEvent } from '../../src/flow/machine';
import { MULTIPLE_CHOICE, type AnswerValue, type QuestionId } from '../../src/flow/questions';
import type { View } from '../../src/flow/view';
import { poll, type Tab } from './driver';
import { expectedText } from '../e2e/expected-text';

/** What the page shows, read in one round trip. */
export interface Shown {
  heading: string;
  title: string;
  /** `data-outcome` of the outcome view's root, if there is one. */
  outcome: string | null;
  /** `data-template` of the message shown, if there is one. */
  template: string | null;
  /** The focused element: `H1 <its text>` when the focus is on the h1. */
  focus: string;
  /** The query string. */
  search: string;
}

/** In page: reads `Shown`. */
function readShown(): Shown {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const h1s = document.querySelectorAll('h1');
  const active = document.activeElement;
  return {
    heading: h1s.length === 1 ? norm(h1s[0]!.textContent) : `(${h1s.length} h1 elements)`,
    title: document.title,
    outcome: document.querySelector('[data-outcome]')?.getAttribute('data-outcome') ?? null,
    template: document.querySelector('[data-template]')?.getAttribute('data-template') ?? null,
    focus: active ? `${active.tagName} ${norm(active.textContent)}` : '',
    search: location.search,
  };
}

export function read(tab: Tab): Promise<Shown> {
  return tab.evaluate(readShown);
}

/** What `view` must show (the h1 focused when `focus`, the share link when `link` is given). */
function wanted(view: View, focus: boolean, link: string | undefined): Partial<Shown> {
  const { heading, title } = expectedText(view);
  return {
    heading,
    title,
    outcome: view.kind === 'outcome' ? view.outcome : null,
    template: view.kind === 'outcome' ? view.template : null,
    ...(focus ? { focus: `H1 ${heading}` } : {}),
    ...(link !== undefined ? { search: link } : {}),
  };
}

/**
 * Waits for the page to show `view`: its h1 and title from the content, and
 * for an outcome `data-outcome` and `data-template`. With `focus`, also the
 * focus on the new h1 (what every step must do); with `link`, the view's
 * share link in the URL.
 */
export async function expectView(
  tab: Tab,
  view: View,
  { focus = true, link }: { focus?: boolean; link?: string } = {},
): Promise<Shown> {
  const want = wanted(view, focus, link);
  const matches = (shown: Shown) =>
    Object.entries(want).every(([key, value]) => shown[key as keyof Shown] === value);
  const shown = await poll(() => read(tab), matches, {
    message: `the ${view.kind} view ${JSON.stringify(view)}`,
  }).catch(() => read(tab));
  expect(shown, `the page shows ${JSON.stringify(view)}`).toMatchObject(want);
  return shown;
}

/** The labels of an answer's options, from the content. */
export function optionLabels<Q extends QuestionId>(question: Q, answer: AnswerValue<Q>): string[] {
  const options = questions[question].options as Record<string, { label: string }>;
  const ids: readonly string[] = typeof answer === 'string' ? [answer] : answer;
  return ids.map((id) => options[id]!.label);
}

/** In page: the labels of the ticked options in the fieldset whose legend is `legend`. */
function checkedIn(legend: string): string[] {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const group = [...document.querySelectorAll('fieldset')].find(
    (f) => norm(f.querySelector(':scope > legend')?.textContent) === legend,
  );
  return [...(group?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((input) =>
    norm(input.labels?.[0]?.textContent),
  );
}

/** The labels ticked on a question page. */
export function chosenLabels(tab: Tab, question: QuestionId): Promise<string[]> {
  return tab.evaluate(checkedIn, questions[question].title);
}

/**
 * Sets the answer on the question page on screen by clicking its options'
 * labels, without submitting it: exactly `answer`'s options end up ticked.
 */
export async function setAnswer<Q extends QuestionId>(
  tab: Tab,
  question: Q,
  answer: AnswerValue<Q>,
): Promise<void> {
  const group = questions[question].title;
  const labels = optionLabels(question, answer);
  if (!MULTIPLE_CHOICE.has(question)) {
    await tab.click({ role: 'radio', name: labels[0]!, group });
  } else {
    const wantedSet = new Set(labels);
    const all = Object.values(questions[question].options as Record<string, { label: string }>);
    for (const { label } of all) {
      const ticked = (await chosenLabels(tab, question)).includes(label);
      if (ticked !== wantedSet.has(label))
        await tab.click({ role: 'checkbox', name: label, group });
    }
  }
  expect((await chosenLabels(tab, question)).sort(), `the answer to ${question}`).toEqual(
    [...labels].sort(),
  );
}

/** The Change link of one row of "Your answers", by its accessible name. */
export function changeLinkName(question: QuestionId): string {
  return `${ui.nav.change} ${ui.nav.changeHidden(questions[question].summaryLabel)}`;
}

/** Carries out one of the machine's events by clicking. */
export async function perform(tab: Tab, event: GuideEvent): Promise<void> {
  switch (event.type) {
    case 'guide.started':
      return tab.click({ role: 'button', name: ui.start.button });
    case 'answer.submitted':
      await setAnswer(tab, event.question, event.answer);
      return tab.click({ role: 'button', name: ui.nav.continue });
    case 'nav.back':
      return tab.click({ role: 'link', name: ui.nav.back });
    case 'nav.change':
      return tab.click({ role: 'link', name: changeLinkName(event.question) });
    case 'guide.restarted':
      return tab.click({ role: 'button', name: ui.nav.startAgain });
  }
}

// The composer ----------------------------------------------------------------

/**
 * The composer's text inputs by the brief's `data-field` contract. Until the
 * composer carries it (main does not yet), by the field's label from the
 * content instead: the fallback goes once `data-field` has landed.
 */
export async function fieldQuery(
  tab: Tab,
  field: keyof typeof outcomeUi.composer.fields,
): Promise<{ css: string }> {
  const css = `input[data-field="${field}"]`;
  const hasContract = await tab.evaluate(
    (selector: string) => document.querySelector(selector) !== null,
    css,
  );
  if (hasContract) return { css };
  const id = await tab.evaluate((label: string) => {
    const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const found = [...document.querySelectorAll('label')].filter(
      (l) => norm(l.textContent) === label,
    );
    return found.length === 1 ? (found[0]!.control?.id ?? null) : null;
  }, outcomeUi.composer.fields[field].label);
  if (!id) throw new Error(`No input for the field ${field}, by data-field or by its label`);
  return { css: `[id="${id.replace(/["\\]/g, '\\$&')}"]` };
}

/** One format radio: its value (the format id), and whether it is chosen. */
export interface FormatChoice {
  value: string;
  checked: boolean;
}

/** The format radios on the page (the brief: radios whose `name` ends in `format`). */
export function formatChoices(tab: Tab): Promise<FormatChoice[]> {
  return tab.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type=radio][name$="format"]')].map(
      (input) => ({ value: input.value, checked: input.checked }),
    ),
  );
}

/** The message on screen: its format (`data-format`), subject line (`data-subject`) and text. */
export interface MessageShown {
  /** `data-format`, or null where the build does not carry it yet. */
  format: string | null;
  /** The subject line's text, or null when there is none (every format but email). */
  subject: string | null;
  text: string;
}

/** In page: reads `MessageShown`. The `dd` fallback for the subject goes once `data-subject` lands. */
function readMessage(): MessageShown | null {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const message = document.querySelector('[data-template]');
  if (!message) return null;
  const subject =
    message.querySelector('[data-subject]') ??
    (document.querySelector('[data-subject]') ? null : message.querySelector('dl dd'));
  return {
    format: message.getAttribute('data-format'),
    subject: subject ? norm(subject.textContent) : null,
    text: norm(message.textContent),
  };
}

/**
 * In page: resolves once the message has caught up with what was typed (it
 * follows the typing a paint behind): two frames and a task, or 200 ms where
 * no frame is painted (as the app's own wait does in a hidden tab).
 */
function caughtUp(): Promise<boolean> {
  return new Promise((resolve) => {
    const done = () => resolve(true);
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));
    setTimeout(done, 200);
  });
}

/** The message on screen, once it shows what was typed. */
export async function message(tab: Tab): Promise<MessageShown> {
  await tab.evaluate(caughtUp);
  const shown = await tab.evaluate(readMessage);
  if (!shown) throw new Error('No message ([data-template]) on the page');
  return shown;
}

/**
 * Chooses a format by its radio's value and waits until the message shows it:
 * `data-format` says so (where the build carries it), and only email has a
 * subject line.
 */
export async function chooseFormat(tab: Tab, format: string): Promise<MessageShown> {
  await tab.click({ css: `input[type=radio][name$="format"][value="${format}"]` });
  const isShown = (m: MessageShown) =>
    (m.format === null || m.format === format) && (m.subject !== null) === (format === 'email');
  const shown = await poll(() => message(tab), isShown, {
    message: `the message in the ${format} format`,
  }).catch(() => message(tab));
  if (shown.format !== null) expect(shown.format, 'data-format').toBe(format);
  expect(shown.subject !== null, `a subject line in the ${format} format`).toBe(format === 'email');
  const chosen = (await formatChoices(tab)).filter((c) => c.checked).map((c) => c.value);
  expect(chosen, 'the chosen format radio').toEqual([format]);
  return shown;
}
