/**
 * Journeys through the built guide, by keyboard alone (keyboard.ts), checked
 * against the machine at every step (model.ts `Mirror`): the view, its share
 * link, the focus on the new h1 and a changed title. Every outcome and every
 * template is reached from a fresh start; then Back, the browser's history,
 * Change, reload, share links and the message actions (Copy, email, Download).
 *
 * Journeys whose own steps are not under test open a share link instead.
 * Every test fails on page errors, console errors, other-origin requests and
 * CSP violations (fixtures.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { linkNotices, outcomeUi, questions, reasons, ui } from '../../src/content';
import type { GuideEvent } from '../../src/flow/machine';
import { QUESTION_IDS, type Answers, type QuestionId } from '../../src/flow/questions';
import { expect, test } from './fixtures';
import {
  activate,
  backLink,
  changeLink,
  chooseRadio,
  expectView,
  optionLabels,
  perform,
  questionGroup,
  setAnswer,
  submit,
  tabTo,
} from './keyboard';
import { Mirror, TEMPLATE_JOURNEYS, journeyTo } from './model';
import type { View } from '../../src/flow/view';

test.describe.configure({ mode: 'parallel' });

/** What the person types into the message's blanks. */
const FIELDS = {
  yourName: 'Alex Smith',
  theirName: 'Sam Jones',
  company: 'Acme & Co',
  jobTitle: 'Data analyst',
} as const;

/** Opens a fresh guide at its start view. */
async function openStart(page: Page): Promise<Mirror> {
  await page.goto('/');
  const mirror = new Mirror();
  await expectView(page, mirror.view, { focus: false });
  return mirror;
}

/** Opens the view a share link leads to (the first view keeps the focus where it is). */
async function openLink(page: Page, link: string | Answers): Promise<Mirror> {
  const mirror = Mirror.fromLink(link);
  await page.goto(`/${mirror.link}`);
  await expectView(page, mirror.view, { focus: false });
  return mirror;
}

/**
 * One step by keyboard: the page must then show what the machine says, with
 * the focus on the new h1, a new title and the view's share link in the URL.
 */
async function step(page: Page, mirror: Mirror, event: GuideEvent): Promise<void> {
  const previousTitle = await page.title();
  await perform(page, event);
  const view = mirror.send(event);
  await expectView(page, view, { previousTitle });
  expect(new URL(page.url()).search).toBe(mirror.link);
}

/** The labels ticked on a question page. */
async function chosenLabels(page: Page, question: QuestionId): Promise<string[]> {
  return questionGroup(page, question)
    .locator('input:checked')
    .evaluateAll((inputs) =>
      inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
    );
}

/** A question page shows the answer the machine remembers for it, or nothing. */
async function expectPrefilled(page: Page, mirror: Mirror, question: QuestionId): Promise<void> {
  const remembered = mirror.remembered[question];
  const wanted = remembered === undefined ? [] : optionLabels(question, remembered);
  expect((await chosenLabels(page, question)).sort()).toEqual([...wanted].sort());
}

/** "Your answers" lists a Change link for exactly the answers on the path here. */
async function expectSummary(page: Page, mirror: Mirror): Promise<void> {
  for (const question of QUESTION_IDS) {
    await expect(changeLink(page, question)).toHaveCount(
      mirror.answers[question] === undefined ? 0 : 1,
    );
  }
}

/** Types into each blank the composer asks for (only those its message uses), reaching each by Tab. */
async function fillBlanks(page: Page): Promise<void> {
  for (const [field, value] of Object.entries(FIELDS)) {
    const { label } = outcomeUi.composer.fields[field as keyof typeof FIELDS];
    const box = page.getByRole('textbox', { name: label, exact: true });
    if ((await box.count()) === 0) continue;
    await tabTo(page, box);
    await page.keyboard.type(value);
  }
}

async function expectBlanks(page: Page, filled: boolean): Promise<void> {
  for (const [field, value] of Object.entries(FIELDS)) {
    const { label } = outcomeUi.composer.fields[field as keyof typeof FIELDS];
    const box = page.getByRole('textbox', { name: label, exact: true });
    if ((await box.count()) === 0) continue;
    await expect(box).toHaveValue(filled ? value : '');
  }
}

/** The preview on screen: the email's subject and body, or the call's talking points. */
async function preview(page: Page) {
  const message = page.locator('[data-template]');
  const subject = message.locator('dd');
  if ((await subject.count()) === 0) {
    const points = await message.getByRole('listitem').allTextContents();
    return { format: 'call' as const, points };
  }
  return {
    format: 'email' as const,
    subject: (await subject.textContent()) ?? '',
    body: (await message.locator(':scope > p').textContent()) ?? '',
  };
}

/** The message as Copy and Download give it, worked out from the preview on screen. */
async function previewAsText(page: Page): Promise<string> {
  const shown = await preview(page);
  return shown.format === 'call'
    ? shown.points.map((point) => `- ${point}`).join('\n')
    : `Subject: ${shown.subject}\n\n${shown.body}`;
}

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Presses Copy message by keyboard; the clipboard must then hold the message shown. */
async function expectCopyMatchesPreview(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await activate(page, page.getByRole('button', { name: outcomeUi.actions.copy, exact: true }));
  await expect(page.getByRole('status').filter({ hasText: outcomeUi.actions.copied })).toHaveText(
    outcomeUi.actions.copied,
  );
  const copied = await readClipboard(page);
  expect(copied).toBe(await previewAsText(page));
  return copied;
}

/** Presses Download by keyboard; the saved file must hold `expected`. */
async function expectDownload(page: Page, expected: string): Promise<void> {
  const downloaded = page.waitForEvent('download');
  await activate(page, page.getByRole('button', { name: outcomeUi.actions.download, exact: true }));
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe(`${outcomeUi.actions.downloadFilename}.txt`);
  const path = await download.path();
  expect(await readFile(path, 'utf8')).toBe(expected);
}

test.describe('every outcome and template from a fresh start, by keyboard alone', () => {
  for (const { template, journey } of TEMPLATE_JOURNEYS) {
    const { outcome } = journey.view as { outcome: string };
    test(`${outcome} with ${template} (${journey.link})`, async ({ page }) => {
      const mirror = await openStart(page);
      for (const { event } of journey.steps) await step(page, mirror, event);
      expect(mirror.view).toEqual(journey.view);
    });
  }
});

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

test('a share link with a reply opens its message; off the negotiate path the reply is dropped', async ({
  page,
}) => {
  const link = `${journeyTo('negotiate').link}&reply=not-enough`;
  const mirror = await openLink(page, link);
  expect(mirror.view).toMatchObject({ outcome: 'decline', template: 'decline-after-talks' });
  expect(new URL(page.url()).search).toBe(link);
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);

  const offPath = `${journeyTo('decline-first-interview').link}&reply=enough`;
  await page.goto(`/${offPath}`);
  await expectView(page, journeyTo('decline-first-interview').view, { focus: false });
  await expect(
    page.getByText(linkNotices.ignored([questions.reply.summaryLabel], 0), { exact: true }),
  ).toBeVisible();
  expect(new URL(page.url()).search).toBe(journeyTo('decline-first-interview').link);
});

test('a share link opens the same outcome in a fresh browser, without any names', async ({
  page,
  browser,
  baseURL,
  pageGuard,
}) => {
  const journey = journeyTo('keep-door-open');
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const mirror = await openLink(page, journey.link);
  expect(mirror.view).toEqual(journey.view);
  await fillBlanks(page);
  await activate(
    page,
    page.getByRole('button', { name: outcomeUi.actions.copyShareLink, exact: true }),
  );
  await expect(page.getByRole('status')).toHaveText(outcomeUi.actions.shareLinkCopied);
  const link = await readClipboard(page);
  expect(new URL(link).search).toBe(journey.link);
  for (const value of Object.values(FIELDS)) {
    expect(link).not.toContain(encodeURIComponent(value));
    expect(link).not.toContain(value);
  }

  const fresh = await browser.newContext();
  try {
    await pageGuard.watch(fresh);
    const other = await fresh.newPage();
    await other.goto(link);
    await expectView(other, journey.view, { focus: false });
    await expectBlanks(other, false);
    expect(await previewAsText(other)).not.toContain(FIELDS.theirName);
    await expect(other.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);
  } finally {
    await fresh.close();
  }
});

test('Copy, the email link and Download carry the message in the preview, email and call', async ({
  page,
  baseURL,
}) => {
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const journey = journeyTo('decline-first-interview');
  await openLink(page, journey.link);
  await fillBlanks(page);

  // Email: the clipboard, the mailto: link and the file all hold the preview's subject and body.
  const email = await preview(page);
  if (email.format !== 'email') throw new Error('the guide should open on the email format');
  expect(email.subject).toContain(FIELDS.jobTitle);
  expect(email.body).toContain(FIELDS.yourName);
  const copied = await expectCopyMatchesPreview(page);

  const mailto = page.getByRole('link', { name: outcomeUi.actions.openEmail, exact: true });
  await tabTo(page, mailto);
  const href = (await mailto.getAttribute('href')) ?? '';
  expect(href).toMatch(/^mailto:\?subject=[^&]*&body=[^&]*$/);
  const [, rawSubject = '', rawBody = ''] = /subject=([^&]*)&body=([^&]*)/.exec(href) ?? [];
  expect(decodeURIComponent(rawSubject)).toBe(email.subject);
  expect(decodeURIComponent(rawBody)).toBe(email.body.replace(/\n/g, '\r\n'));

  await expectDownload(page, copied);

  // The call: talking points, no subject, no email link.
  await chooseRadio(
    page,
    page.getByRole('group', { name: outcomeUi.composer.format.legend }),
    outcomeUi.composer.format.call,
  );
  const call = await preview(page);
  expect(call.format).toBe('call');
  await expect(mailto).toHaveCount(0);
  const points = await expectCopyMatchesPreview(page);
  expect(points).not.toContain(email.subject);
  expect(points).toContain(FIELDS.jobTitle);
  await expectDownload(page, points);
});

test('the error summary appears when Continue is pressed with nothing chosen', async ({ page }) => {
  const mirror = await openStart(page);
  await step(page, mirror, { type: 'guide.started' });
  const { title, errorMessage } = questions.stage;
  await submit(page);
  await expect(page).toHaveTitle(`${ui.errors.titlePrefix}${title}${ui.app.titleSuffix}`);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(ui.errors.summaryTitle);
  await expect(summary).toBeFocused();
  // The summary's link takes the focus to the first option, by keyboard.
  await activate(page, summary.getByRole('link', { name: errorMessage, exact: true }));
  await expect(questionGroup(page, 'stage').getByRole('radio').first()).toBeFocused();
  await setAnswer(page, 'stage', 'applied');
  await submit(page);
  mirror.send({ type: 'answer.submitted', question: 'stage', answer: 'applied' });
  await expectView(page, mirror.view);
});
