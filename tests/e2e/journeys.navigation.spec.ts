/**
 * Journeys that move about the built guide, by keyboard alone (keyboard.ts),
 * checked against the machine at every step (model.ts `Mirror`, steps in
 * journey-steps.ts): the Back link and the browser's back and forward
 * buttons, Change from "Your answers" (later answers kept or dropped), reload
 * mid-way and on the outcome, and Heard back? from the negotiate outcome.
 * Journeys whose own steps are not under test open a share link instead.
 *
 * Every test fails on page errors, console errors, other-origin requests and
 * CSP violations (fixtures.ts).
 */
import { outcomeUi, reasons } from '../../src/content';
import { expect, test } from './fixtures';
import { backLink, chooseRadio, expectView } from './keyboard';
import { journeyTo } from './model';
import type { View } from '../../src/flow/view';
import {
  FIELDS,
  expectBlanks,
  expectPrefilled,
  expectSummary,
  fillBlanks,
  openLink,
  openStart,
  preview,
  previewAsText,
  step,
} from './journey-steps';

test.describe.configure({ mode: 'parallel' });

test('the Back link and the browser’s back and forward buttons', async ({ page }) => {
  const journey = journeyTo('negotiate');
  const mirror = await openStart(page);
  /** The history entries the steps make: each step that changes the view pushes one. */
  const entries: { view: View; link: string }[] = [{ view: mirror.view, link: mirror.link }];
  const record = () => entries.push({ view: mirror.view, link: mirror.link });
  for (const { event } of journey.steps) {
    await step(page, mirror, event);
    record();
  }
  const outcomeAt = entries.length - 1;

  // Back, by keyboard, one question at a time to the start, each remembered answer pre-filled.
  for (let i = 0; i < journey.steps.length; i++) {
    await step(page, mirror, { type: 'nav.back' });
    record();
    if (mirror.view.kind === 'question') await expectPrefilled(page, mirror, mirror.view.question);
  }
  expect(mirror.view.kind).toBe('start');
  await expect(backLink(page)).toHaveCount(0);

  // The browser's buttons walk those entries.
  let at = entries.length - 1;
  const go = async (direction: 'back' | 'forward') => {
    const previousTitle = await page.title();
    await (direction === 'back' ? page.goBack() : page.goForward());
    at += direction === 'back' ? -1 : 1;
    const entry = entries[at]!;
    await expectView(page, entry.view, { previousTitle });
    expect(new URL(page.url()).search).toBe(entry.link);
  };
  await go('back');
  await go('back');
  await go('forward');
  while (at > outcomeAt) await go('back');
  await go('back');
  await go('forward');
  expect(entries[at]!.view).toEqual(journey.view);
});

test('Change from "Your answers" keeps later answers that still apply and drops the rest', async ({
  page,
}) => {
  const mirror = await openLink(page, {
    stage: 'applied',
    concerns: ['salary'],
    negotiable: 'yes',
    'salary-gap': 'reasonable',
  });
  expect(mirror.view).toMatchObject({ kind: 'outcome', outcome: 'negotiate' });
  await expectSummary(page, mirror);

  // Change the concerns: every later answer is remembered and pre-filled.
  await step(page, mirror, { type: 'nav.change', question: 'concerns' });
  await expectPrefilled(page, mirror, 'concerns');
  await expectSummary(page, mirror);
  await step(page, mirror, { type: 'answer.submitted', question: 'concerns', answer: ['salary'] });
  await expectPrefilled(page, mirror, 'negotiable');
  expect(mirror.remembered.negotiable).toBe('yes');
  await step(page, mirror, { type: 'answer.submitted', question: 'negotiable', answer: 'yes' });
  await expectPrefilled(page, mirror, 'salary-gap');
  await step(page, mirror, {
    type: 'answer.submitted',
    question: 'salary-gap',
    answer: 'reasonable',
  });
  expect(mirror.view).toMatchObject({ kind: 'outcome', outcome: 'negotiate' });

  // A concern that cannot be negotiated: the negotiation questions drop out of the path.
  await step(page, mirror, { type: 'nav.change', question: 'concerns' });
  await step(page, mirror, {
    type: 'answer.submitted',
    question: 'concerns',
    answer: ['career-goals', 'salary'],
  });
  expect(mirror.view).toEqual({ kind: 'question', question: 'employer-interest' });
  expect(mirror.link).not.toContain('negotiable');
  await expectPrefilled(page, mirror, 'employer-interest');
  await step(page, mirror, {
    type: 'answer.submitted',
    question: 'employer-interest',
    answer: 'yes',
  });
  expect(mirror.view).toMatchObject({ kind: 'outcome', template: 'keep-door-open' });
  await expectSummary(page, mirror);

  // Back to pay alone: the dropped answers are forgotten, not brought back.
  await step(page, mirror, { type: 'nav.change', question: 'concerns' });
  await step(page, mirror, { type: 'answer.submitted', question: 'concerns', answer: ['salary'] });
  expect(mirror.view).toEqual({ kind: 'question', question: 'negotiable' });
  expect(mirror.remembered.negotiable).toBeUndefined();
  await expectPrefilled(page, mirror, 'negotiable');

  // Change works from a question page too.
  await step(page, mirror, { type: 'nav.change', question: 'stage' });
  await expectPrefilled(page, mirror, 'stage');
  await expectSummary(page, mirror);
});

test('reload mid-way and on the outcome keeps the place and what was typed', async ({ page }) => {
  const mirror = await openStart(page);
  await step(page, mirror, { type: 'guide.started' });
  await step(page, mirror, { type: 'answer.submitted', question: 'stage', answer: 'interviewing' });

  // Mid-way: the same question, the answers so far, the same link.
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expectView(page, mirror.view, { focus: false });
  await expectSummary(page, mirror);
  await step(page, mirror, {
    type: 'answer.submitted',
    question: 'concerns',
    answer: ['long-process'],
  });
  expect(mirror.view).toMatchObject({ kind: 'outcome', template: 'withdraw' });

  // On the outcome: the blanks, the reason and the format all come back.
  await fillBlanks(page);
  expect(await previewAsText(page)).toContain(FIELDS.theirName);
  const reasonGroup = page.getByRole('group', { name: outcomeUi.composer.reason.label });
  const reason = reasons['long-process'].label;
  await chooseRadio(page, reasonGroup, reason);
  const formats = page.getByRole('group', { name: outcomeUi.composer.format.legend });
  await chooseRadio(page, formats, outcomeUi.composer.format.call);
  expect((await preview(page)).format).toBe('call');
  const before = await previewAsText(page);

  await page.reload();
  await expectView(page, mirror.view, { focus: false });
  await expectBlanks(page, true);
  await expect(
    formats.getByRole('radio', { name: outcomeUi.composer.format.call, exact: true }),
  ).toBeChecked();
  await expect(reasonGroup.getByRole('radio', { name: reason, exact: true })).toBeChecked();
  expect(await previewAsText(page)).toBe(before);
});

test('Heard back? from the negotiate outcome: each answer, Back, reload and the browser’s buttons', async ({
  page,
}) => {
  const journey = journeyTo('negotiate');
  const mirror = await openLink(page, journey.link);
  await step(page, mirror, { type: 'reply.opened' });
  expect(mirror.view).toEqual({ kind: 'question', question: 'reply' });
  // The reply question shares its outcome's link; the history entry tells them apart.
  expect(new URL(page.url()).search).toBe(journey.link);
  await page.reload();
  await expectView(page, mirror.view, { focus: false });

  for (const reply of ['enough', 'not-enough'] as const) {
    await step(page, mirror, { type: 'answer.submitted', question: 'reply', answer: reply });
    expect(mirror.view).toMatchObject({
      template: reply === 'enough' ? 'accept-after-talks' : 'decline-after-talks',
    });
    await expectSummary(page, mirror);
    await step(page, mirror, { type: 'nav.back' });
    await expectPrefilled(page, mirror, 'reply');
  }
  await step(page, mirror, { type: 'nav.back' });
  expect(mirror.view).toEqual(journey.view);

  await page.goBack();
  await expectView(page, { kind: 'question', question: 'reply' }, { focus: false });
  await page.goForward();
  await expectView(page, journey.view, { focus: false });
});
