/**
 * Nothing typed is lost, in Chromium: the message is saved once the person
 * pauses typing, and at once when the page is hidden, left or reloaded. Each
 * test acts right after the last keystroke, without waiting for the pause:
 * in a blank, and in the person's own edits of the text. Some act in the
 * same task as the keystroke, before the frame after which the page puts
 * the keystroke into its draft.
 */
import type { Locator, Page } from '@playwright/test';
import { outcomeUi } from '../../src/content';
import { expect, test } from './fixtures';

const NEGOTIATE = '/?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable';

/** The draft as storage holds it now. */
interface StoredDraft {
  fields: Record<string, string | undefined>;
  edits?: { email?: { body: string } };
}

function yourName(page: Page) {
  return page.getByRole('textbox', {
    name: new RegExp(outcomeUi.composer.fields.yourName.label),
  });
}

function emailBody(page: Page) {
  return page.getByRole('textbox', { name: outcomeUi.editing.bodyLabel, exact: true });
}

/** Opens the negotiate outcome, its composer on screen. */
async function openOutcome(page: Page) {
  await page.goto(NEGOTIATE);
  await expect(yourName(page)).toBeVisible();
}

/** Opens the email as a text box, the caret at the end of its body, and types `text` there. */
async function typeAtEndOfBody(page: Page, text: string) {
  await page.getByRole('button', { name: outcomeUi.editing.edit }).click();
  await emailBody(page).focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

/**
 * The page is hidden (another tab, the app switcher, the screen locked), then
 * what storage holds is read in the same task: what the guide wrote as the
 * page was hidden, not later. Or the page is reloaded (nothing is read: what
 * it wrote shows after the reload). With `typedInto`, ` Zed` is typed into
 * that box first, in the same task: before any frame, while the page still
 * holds the keystroke out of its draft.
 */
async function leaveAndRead(
  page: Page,
  how: 'visibilitychange' | 'pagehide' | 'reload',
  typedInto?: Locator,
): Promise<StoredDraft | null> {
  const box = (await typedInto?.elementHandle()) ?? null;
  return page.evaluate(
    ([event, element]) => {
      if (element) {
        if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) {
          throw new Error('Not a text box.');
        }
        element.value += ' Zed';
        element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      }
      if (event === 'reload') {
        location.reload();
        return null;
      }
      if (event === 'visibilitychange') {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      } else {
        window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      }
      const record = JSON.parse(localStorage.getItem('decline-guide') ?? 'null') as {
        draft: StoredDraft;
      } | null;
      return record?.draft ?? { fields: {} };
    },
    [how, box] as const,
  );
}

test('a blank typed into, then the page reloaded at once, keeps every keystroke', async ({
  page,
}) => {
  await openOutcome(page);
  await yourName(page).pressSequentially('Ana');
  await page.reload();
  await expect(yourName(page)).toHaveValue('Ana');
});

test('the edited text typed into, then the page reloaded at once, keeps every keystroke', async ({
  page,
}) => {
  await openOutcome(page);
  await typeAtEndOfBody(page, ' Zed');
  await page.reload();
  await page.getByRole('button', { name: outcomeUi.editing.edit }).click();
  await expect(emailBody(page)).toHaveValue(/ Zed$/);
});

for (const how of ['visibilitychange', 'pagehide'] as const) {
  test(`a blank typed into is in storage as the page is hidden (${how})`, async ({ page }) => {
    await openOutcome(page);
    await yourName(page).pressSequentially('Ana');
    expect((await leaveAndRead(page, how))?.fields.yourName).toBe('Ana');
  });

  test(`the edited text typed into is in storage as the page is hidden (${how})`, async ({
    page,
  }) => {
    await openOutcome(page);
    await typeAtEndOfBody(page, ' Zed');
    expect((await leaveAndRead(page, how))?.edits?.email?.body).toMatch(/ Zed$/);
  });
}

test('a blank changed and the page hidden in the same task is in storage', async ({ page }) => {
  await openOutcome(page);
  await yourName(page).fill('Ana');
  expect((await leaveAndRead(page, 'pagehide', yourName(page)))?.fields.yourName).toBe('Ana Zed');
});

test('the edited text changed and the page hidden in the same task is in storage', async ({
  page,
}) => {
  await openOutcome(page);
  await page.getByRole('button', { name: outcomeUi.editing.edit }).click();
  expect((await leaveAndRead(page, 'pagehide', emailBody(page)))?.edits?.email?.body).toMatch(
    / Zed$/,
  );
});

test('the edited text changed and the page reloaded in the same task keeps the change', async ({
  page,
}) => {
  await openOutcome(page);
  await page.getByRole('button', { name: outcomeUi.editing.edit }).click();
  await leaveAndRead(page, 'reload', emailBody(page));
  await page.waitForLoadState('load');
  await page.getByRole('button', { name: outcomeUi.editing.edit }).click();
  await expect(emailBody(page)).toHaveValue(/ Zed$/);
});

test('typing is saved once the person pauses, with the page still in view', async ({ page }) => {
  await openOutcome(page);
  await yourName(page).pressSequentially('Ana');
  await page.waitForFunction(() => localStorage.getItem('decline-guide')?.includes('"Ana"'));
});
