/**
 * The steps and checks the journeys (journeys*.spec.ts) share, by keyboard
 * alone (keyboard.ts) and against the machine (model.ts `Mirror`): opening
 * the start or a share link, one step with the view, focus, title and link
 * checked after it, the answers pre-filled and listed under "Your answers",
 * the composer's blanks typed and read back, and the preview, the clipboard
 * and the downloaded file the message actions give.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { outcomeUi } from '../../src/content';
import type { GuideEvent } from '../../src/flow/machine';
import { QUESTION_IDS, type Answers, type QuestionId } from '../../src/flow/questions';
import { expect } from './fixtures';
import {
  activate,
  changeLink,
  expectView,
  optionLabels,
  perform,
  questionGroup,
  tabTo,
} from './keyboard';
import { Mirror } from './model';

/** What the person types into the message's blanks. */
export const FIELDS = {
  yourName: 'Alex Smith',
  theirName: 'Sam Jones',
  company: 'Acme & Co',
  jobTitle: 'Data analyst',
} as const;

/** Opens a fresh guide at its start view. */
export async function openStart(page: Page): Promise<Mirror> {
  await page.goto('/');
  const mirror = new Mirror();
  await expectView(page, mirror.view, { focus: false });
  return mirror;
}

/** Opens the view a share link leads to (the first view keeps the focus where it is). */
export async function openLink(page: Page, link: string | Answers): Promise<Mirror> {
  const mirror = Mirror.fromLink(link);
  await page.goto(`/${mirror.link}`);
  await expectView(page, mirror.view, { focus: false });
  return mirror;
}

/**
 * One step by keyboard: the page must then show what the machine says, with
 * the focus on the new h1, a new title and the view's share link in the URL.
 */
export async function step(page: Page, mirror: Mirror, event: GuideEvent): Promise<void> {
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
export async function expectPrefilled(
  page: Page,
  mirror: Mirror,
  question: QuestionId,
): Promise<void> {
  const remembered = mirror.remembered[question];
  const wanted = remembered === undefined ? [] : optionLabels(question, remembered);
  expect((await chosenLabels(page, question)).sort()).toEqual([...wanted].sort());
}

/** "Your answers" lists a Change link for exactly the answers on the path here. */
export async function expectSummary(page: Page, mirror: Mirror): Promise<void> {
  for (const question of QUESTION_IDS) {
    await expect(changeLink(page, question)).toHaveCount(
      mirror.answers[question] === undefined ? 0 : 1,
    );
  }
}

/**
 * Waits for the composer, which mounts a frame after the outcome: once its
 * message is there, so are its blanks.
 */
export async function composerMounted(page: Page): Promise<void> {
  await expect(page.locator('[data-template]')).toBeVisible();
}

/** Types into each blank the composer asks for (only those its message uses), reaching each by Tab. */
export async function fillBlanks(page: Page): Promise<void> {
  await composerMounted(page);
  for (const [field, value] of Object.entries(FIELDS)) {
    const { label } = outcomeUi.composer.fields[field as keyof typeof FIELDS];
    const box = page.getByRole('textbox', { name: label, exact: true });
    if ((await box.count()) === 0) continue;
    await tabTo(page, box);
    await page.keyboard.type(value);
  }
}

export async function expectBlanks(page: Page, filled: boolean): Promise<void> {
  await composerMounted(page);
  for (const [field, value] of Object.entries(FIELDS)) {
    const { label } = outcomeUi.composer.fields[field as keyof typeof FIELDS];
    const box = page.getByRole('textbox', { name: label, exact: true });
    if ((await box.count()) === 0) continue;
    await expect(box).toHaveValue(filled ? value : '');
  }
}

/**
 * Waits until the message shows what was just typed into a blank: it follows
 * the typing a paint behind (`src/ui/composer/trailing.svelte.ts`), and two
 * frames and a task are past that.
 */
export function messageCaughtUp(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
      ),
  );
}

/** The preview on screen, once it shows what was typed: the email's subject and body, or the call's talking points. */
export async function preview(page: Page) {
  await messageCaughtUp(page);
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
export async function previewAsText(page: Page): Promise<string> {
  const shown = await preview(page);
  return shown.format === 'call'
    ? shown.points.map((point) => `- ${point}`).join('\n')
    : `Subject: ${shown.subject}\n\n${shown.body}`;
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Presses Copy message by keyboard; the clipboard must then hold the message shown. */
export async function expectCopyMatchesPreview(page: Page): Promise<string> {
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
export async function expectDownload(page: Page, expected: string): Promise<void> {
  const downloaded = page.waitForEvent('download');
  await activate(page, page.getByRole('button', { name: outcomeUi.actions.download, exact: true }));
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe(`${outcomeUi.actions.downloadFilename}.txt`);
  const path = await download.path();
  expect(await readFile(path, 'utf8')).toBe(expected);
}
