/**
 * The conversation after the first message, in the built guide: a share link
 * to the reply to a no (and the way back to the first message), moving a
 * booked interview by clicking, and offering someone for the role. Elements
 * are found by role and by names from the content modules.
 */
import { outcomeUi, questions } from '../../src/content';
import { expect, test } from './fixtures';

const PUSHBACK_LINK =
  '/?stage=applied&concerns=career-goals&employer-interest=no&pushback=asked-why';

test('a share link opens the reply to a no, and Back returns to the first message', async ({
  page,
}) => {
  await page.goto(PUSHBACK_LINK);
  await expect(page.locator('[data-outcome="decline"]')).toBeVisible();
  await expect(page.locator('[data-template="hold-decline"]')).toBeVisible();
  await page.getByRole('link', { name: /back/i }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: questions.pushback.title }),
  ).toBeVisible();
  await page.getByRole('link', { name: /back/i }).first().click();
  await expect(page.locator('[data-template="decline-first-interview"]')).toBeVisible();
  await page.getByRole('button', { name: outcomeUi.pushback.button }).click();
  await page
    .getByRole('radio', { name: questions.pushback.options['asked-to-reconsider'].label })
    .check();
  await page.getByRole('button', { name: /continue/i }).click();
  await expect(page.locator('[data-template="hold-decline"]')).toBeVisible();
  await expect(page).toHaveURL(/pushback=asked-to-reconsider/);
});

test('moving a booked interview, by clicking', async ({ page }) => {
  await page.goto('/?stage=applied&concerns=none');
  await expect(page.locator('[data-template="accept-interview"]')).toBeVisible();
  await page.locator('[data-field="booked"]').check();
  await page.locator('[data-field="interviewDate"]').fill('Thursday at 2pm');
  await page.locator('[data-field="reschedule"]').check();
  const message = page.locator('[data-template="reschedule"]');
  await expect(message).toBeVisible();
  await expect(message.locator('[data-subject]')).toContainText(/reschedul/i);
  await expect(message).toContainText('Thursday at 2pm');
  await expect(message).not.toContainText(outcomeUi.composer.placeholders.altTimes);
  await page.locator('[data-field="altTimes"]').fill('Monday after 1pm or Wednesday morning');
  await expect(message).toContainText('Monday after 1pm or Wednesday morning');
  for (const format of ['call', 'message']) {
    await page.locator(`input[name$="format"][value="${format}"]`).check();
    await expect(
      page.locator(`[data-template="reschedule"][data-format="${format}"]`),
    ).toContainText('Thursday at 2pm');
  }
});

test('offering someone for the role on a decline', async ({ page }) => {
  await page.goto('/?stage=outreach&concerns=mission');
  const message = page.locator('[data-template="decline-outreach"]');
  await expect(message).toBeVisible();
  await page.locator('[data-field="referral"]').fill('Jo Lee');
  await expect(message).toContainText('Jo Lee');
  await page.locator('[data-field="referral"]').fill('');
  await expect(message).not.toContainText('Jo Lee');
});
