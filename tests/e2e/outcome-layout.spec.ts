/**
 * The outcome page for a person in a hurry, measured in the built guide:
 * - on a 390 x 844 phone the message's first lines start within 1.5 screens
 *   of the top, for every template;
 * - from 1024 px the blanks and the live preview sit side by side, so typing
 *   can be seen as it lands;
 * - the answers are shown once (one "Your answers" list, one Change link each);
 * - nothing is wider than the window at 320 px, even with 10,000 characters
 *   of edited text;
 * - printed, the page shows the message and none of the controls.
 * Screenshots at 390 and 1280 px go to reports/screenshots/ for a human look.
 */
import type { Page } from '@playwright/test';
import { outcomeUi, questions, ui } from '../../src/content';
import { QUESTION_IDS } from '../../src/flow/questions';
import { expect, test } from './fixtures';
import { TEMPLATE_JOURNEYS } from './model';

const SCREENSHOT_DIR = 'reports/screenshots';
const PHONE = { width: 390, height: 844 };
const WITHDRAW = '?stage=interviewing&concerns=salary,culture';
/** The questions WITHDRAW answers. */
const ANSWERED: readonly string[] = ['stage', 'concerns'];

async function openOutcome(page: Page, link: string) {
  await page.goto(`/${link}`);
  await expect(page.locator('[data-outcome]')).toBeVisible();
  await expect(page.locator('[data-template]')).toBeVisible();
}

/** The top of the message's first line, from the top of the page. */
async function messageTop(page: Page): Promise<number> {
  return page.locator('[data-template]').evaluate((element) => {
    const first = element.querySelector('[data-subject], .body, li') ?? element;
    return first.getBoundingClientRect().top + window.scrollY;
  });
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE });

  for (const { template, journey } of TEMPLATE_JOURNEYS) {
    test(`the ${template} message starts within 1.5 screens`, async ({ page }) => {
      await openOutcome(page, journey.link);
      const top = await messageTop(page);
      expect(top, `the message's first line, ${top}px down`).toBeLessThan(PHONE.height * 1.5);
    });
  }

  test('a screenshot of an outcome, with the answers shown once', async ({ page }) => {
    await openOutcome(page, WITHDRAW);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/outcome-layout-390.png`, fullPage: true });
    await expect(page.getByRole('heading', { name: ui.yourAnswers.heading })).toHaveCount(1);
    for (const question of QUESTION_IDS) {
      const label = ui.nav.changeHidden(questions[question].summaryLabel);
      await expect(
        page.getByRole('link', { name: `${ui.nav.change} ${label}`, exact: true }),
      ).toHaveCount(ANSWERED.includes(question) ? 1 : 0);
    }
  });
});

test.describe('from 1024 px', () => {
  for (const width of [1024, 1280]) {
    test(`the blanks and the preview sit side by side at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openOutcome(page, WITHDRAW);
      const name = page.getByRole('textbox', {
        name: outcomeUi.composer.fields.yourName.label,
        exact: true,
      });
      const preview = page.locator('[data-template]');
      const fieldBox = (await name.boundingBox())!;
      const previewBox = (await preview.boundingBox())!;
      // Next to each other, not stacked: no horizontal overlap, and rows that overlap.
      const apart =
        fieldBox.x >= previewBox.x + previewBox.width ||
        previewBox.x >= fieldBox.x + fieldBox.width;
      expect(apart, 'the field and the preview are in different columns').toBe(true);
      expect(fieldBox.y).toBeLessThan(previewBox.y + previewBox.height);
      expect(previewBox.y).toBeLessThan(fieldBox.y + fieldBox.height + 400);
      // Typing lands in the preview, which is on screen while the field is.
      await name.fill('Ana Sousa');
      await expect(preview).toContainText('Ana Sousa');
      await expect(preview).toBeInViewport();
      if (width === 1280) {
        await page.screenshot({
          path: `${SCREENSHOT_DIR}/outcome-layout-1280.png`,
          fullPage: true,
        });
      }
    });
  }

  test('they stack below 1024 px', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await openOutcome(page, WITHDRAW);
    const fieldBox = (await page
      .getByRole('textbox', { name: outcomeUi.composer.fields.yourName.label, exact: true })
      .boundingBox())!;
    const previewBox = (await page.locator('[data-template]').boundingBox())!;
    expect(fieldBox.y).toBeGreaterThan(previewBox.y + previewBox.height);
  });
});

test('at 320 px nothing is wider than the window, even with 10,000 characters edited in', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openOutcome(page, WITHDRAW);
  await page.getByRole('button', { name: outcomeUi.editing.edit, exact: true }).click();
  await page
    .getByRole('textbox', { name: outcomeUi.editing.bodyLabel, exact: true })
    .fill(`<b>${'x'.repeat(10_000)}</b> שלום`);
  await page.getByRole('button', { name: outcomeUi.editing.done, exact: true }).click();
  await expect(page.locator('[data-template]')).toContainText('שלום');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expect(page.locator('[data-template] b')).toHaveCount(0);
});

test('printed, the page shows the message and none of the controls', async ({ page }) => {
  await openOutcome(page, WITHDRAW);
  await page
    .getByRole('textbox', { name: outcomeUi.composer.fields.yourName.label, exact: true })
    .fill('Ana Sousa');
  await page.getByRole('button', { name: outcomeUi.editing.edit, exact: true }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-template]')).toBeVisible();
  await expect(page.locator('[data-template]')).toContainText('Ana Sousa');
  for (const control of ['textbox', 'button', 'radio', 'checkbox'] as const) {
    const visible = await page
      .getByRole(control)
      .evaluateAll(
        (elements) => elements.filter((e) => (e as HTMLElement).offsetParent !== null).length,
      );
    expect(visible, `${control}es on paper`).toBe(0);
  }
});
