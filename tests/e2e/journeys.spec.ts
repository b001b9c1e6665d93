/**
 * Journeys through the built guide, by keyboard alone (keyboard.ts), checked
 * against the machine at every step (model.ts `Mirror`): the view, its share
 * link, the focus on the new h1 and a changed title. Here every outcome and
 * every template is reached from a fresh start, and the error summary shows
 * when nothing is chosen. Back, the browser's history, Change, reload and
 * Heard back? are in journeys.navigation.spec.ts; share links and the message
 * actions (Copy, email, Download) in journeys.sharing.spec.ts; the steps they
 * share in journey-steps.ts.
 *
 * Every test fails on page errors, console errors, other-origin requests and
 * CSP violations (fixtures.ts).
 */
import { questions, ui } from '../../src/content';
import { expect, test } from './fixtures';
import { activate, expectView, questionGroup, setAnswer, submit } from './keyboard';
import { TEMPLATE_JOURNEYS } from './model';
import { openStart, step } from './journey-steps';

test.describe.configure({ mode: 'parallel' });

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
