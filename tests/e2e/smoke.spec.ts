/**
 * Smoke tests for the built app's start view: it loads, shows an h1, stays
 * quiet (no errors, nothing fetched from another origin: see fixtures.ts), and
 * axe finds nothing at a phone and a desktop width, in light and dark.
 * Screenshots go to reports/screenshots/ (git-ignored) for a human look.
 *
 * Start view only on purpose: journeys through the guide belong in their own
 * spec files.
 */
import { checkEverywhere } from './a11y-checks';
import { expect, test } from './fixtures';

test('the built app loads and shows an h1', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.ok(), 'index.html should load').toBe(true);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('h1')).not.toBeEmpty();
  await expect(page).toHaveTitle(/\S/);
});

// One page, checked at each width and in each scheme, as every other view is (a11y.spec.ts).
test('the start view has no axe violations at 320 and 1280 px, light and dark', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await checkEverywhere(page, 'start');
});
