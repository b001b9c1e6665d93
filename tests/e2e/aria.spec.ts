/**
 * The accessibility tree of a question, its error and an outcome, compared
 * with committed expectations in aria.spec.ts-snapshots/: landmarks, heading
 * levels, the form's structure (a group named by its question, its radios or
 * checkboxes, the error summary as an alert). Copy that changes with the
 * wording is matched by pattern where it can be.
 *
 * After a deliberate change to a view's structure, regenerate the files with
 * `npx playwright test tests/e2e/aria.spec.ts --update-snapshots` and read
 * the diff. The outcome's expectation sits in its own file (outcome.aria.yml),
 * since the outcome page is reworked often.
 */
import { ui } from '../../src/content';
import { EVERY_VIEW, openVisit } from './a11y-checks';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'parallel' });

test('a question page', async ({ page }) => {
  await openVisit(
    page,
    EVERY_VIEW.find((v) => v.name === 'question-concerns')!,
  );
  await expect(page.locator('body')).toMatchAriaSnapshot({ name: 'question.aria.yml' });
});

test('a question page with its error', async ({ page }) => {
  await openVisit(
    page,
    EVERY_VIEW.find((v) => v.name === 'error-concerns')!,
  );
  await expect(page.getByRole('alert')).toContainText(ui.errors.summaryTitle);
  await expect(page.locator('body')).toMatchAriaSnapshot({ name: 'error.aria.yml' });
});

test('an outcome page', async ({ page }) => {
  await openVisit(
    page,
    EVERY_VIEW.find((v) => v.name === 'outcome-withdraw')!,
  );
  await expect(page.locator('body')).toMatchAriaSnapshot({ name: 'outcome.aria.yml' });
});
