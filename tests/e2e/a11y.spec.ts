/**
 * axe on every distinct view of the built guide, in light and dark, at a
 * phone's 320 px and a desktop's 1280 px: each question empty and with its
 * error; each template's outcome as an email and as a call; a field's error
 * and a link notice. (The start view is checked the same way in smoke.spec.ts.)
 * Zero violations, and nothing wider than the window at 320 px.
 *
 * Views are reached by share link (model.ts); how the person gets there is
 * journeys*.spec.ts's business. Screenshots of a question, an error and each
 * outcome go to reports/screenshots/ (git-ignored) for a human look.
 */
import type { Page } from '@playwright/test';
import { decisionMap, outcomeUi, ui } from '../../src/content';
import { FIELD_MAX_LENGTH } from '../../src/message/draft';
import { expect, test } from './fixtures';
import { checkEverywhere } from './a11y-checks';
import { expectView } from './keyboard';
import { Mirror, QUESTION_JOURNEYS, TEMPLATE_JOURNEYS } from './model';

test.describe.configure({ mode: 'parallel' });

/** Opens the view a share link leads to; an empty link means the first question, after Start. */
async function open(page: Page, link: string): Promise<void> {
  const mirror = Mirror.fromLink(link);
  await page.goto(`/${link}`);
  if (mirror.view.kind === 'start') {
    await page.getByRole('button', { name: ui.start.button, exact: true }).click();
    mirror.send({ type: 'guide.started' });
  }
  await expectView(page, mirror.view, { focus: false });
}

for (const { question, journey } of QUESTION_JOURNEYS) {
  test(`question ${question}, empty and with its error`, async ({ page }) => {
    await open(page, journey.link);
    // A follow-up question shares its outcome's link, and is opened from it.
    if (journey.steps.at(-1)?.event.type === 'reply.opened') {
      await page.getByRole('button', { name: outcomeUi.reply.button, exact: true }).click();
      await expectView(page, journey.view, { focus: false });
    }
    const shots = question === 'concerns';
    await checkEverywhere(page, shots ? 'question' : undefined);

    await page.getByRole('button', { name: ui.nav.continue, exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(ui.errors.summaryTitle);
    await checkEverywhere(page, shots ? 'error' : undefined);
  });
}

for (const { template, journey } of TEMPLATE_JOURNEYS) {
  test(`outcome with ${template}, as an email and as a call`, async ({ page }) => {
    await open(page, journey.link);
    await checkEverywhere(page, `outcome-${template}`);

    const formats = page.getByRole('group', { name: outcomeUi.composer.format.legend });
    await formats.getByRole('radio', { name: outcomeUi.composer.format.call, exact: true }).check();
    await expect(page.locator('[data-template]').getByRole('list')).toBeVisible();
    await checkEverywhere(page, template === 'withdraw' ? `outcome-${template}-call` : undefined);
  });
}

/** One journey to each outcome: the map differs by the path it highlights. */
const MAP_JOURNEYS = [
  ...new Map(
    TEMPLATE_JOURNEYS.map(({ journey }) => {
      const { view } = Mirror.fromLink(journey.link);
      return [view.kind === 'outcome' ? view.outcome : view.kind, journey] as const;
    }),
  ),
];

for (const [outcome, journey] of MAP_JOURNEYS) {
  test(`the decision map, opened, on the way to ${outcome}`, async ({ page }) => {
    await open(page, journey.link);
    const map = page.getByRole('img', { name: decisionMap.heading });
    // Drawn only when the person asks for it.
    await expect(map).toHaveCount(0);
    await page.getByText(outcomeUi.outcome.howWeGotHere, { exact: true }).click();
    await expect(map).toBeVisible();
    await checkEverywhere(page, `map-${outcome}`);
  });
}

test('a field with its error, a chosen reason and a link notice', async ({ page }) => {
  const link = '?stage=interviewing&concerns=long-process,culture&negotiable=yes';
  const mirror = Mirror.fromLink(link);
  await page.goto(`/${link}`);
  await expectView(page, mirror.view, { focus: false });
  // The link's off-path answer is dropped, and the person is told in a notice.
  await expect(page.getByRole('status').filter({ hasText: /\S/ }).first()).toBeVisible();
  const name = page.getByRole('textbox', {
    name: outcomeUi.composer.fields.yourName.label,
    exact: true,
  });
  await name.fill('x'.repeat(FIELD_MAX_LENGTH + 1));
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const reasons = page.getByRole('group', { name: outcomeUi.composer.reason.label });
  await reasons.getByRole('radio').last().check();
  await checkEverywhere(page, 'outcome-field-error');
});
