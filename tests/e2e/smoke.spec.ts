/**
 * Smoke tests for the built app's start view: it loads, shows an h1, stays
 * quiet (no errors, nothing fetched from another origin: see fixtures.ts), and
 * axe finds nothing at a phone and a desktop width, in light and dark.
 * Screenshots go to reports/screenshots/ (git-ignored) for a human look.
 *
 * Start view only on purpose: journeys through the guide belong in their own
 * spec files.
 */
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { shot } from './shots';

const WIDTHS = [320, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

test('the built app loads and shows an h1', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.ok(), 'index.html should load').toBe(true);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('h1')).not.toBeEmpty();
  await expect(page).toHaveTitle(/\S/);
});

for (const width of WIDTHS) {
  for (const colorScheme of SCHEMES) {
    test(`start view has no axe violations at ${width}px, ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 600 ? 640 : 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await expect(page.locator('h1')).toBeVisible();

      await shot(page, `start-${width}-${colorScheme}`, { fullPage: true });

      const violations = await axeViolations(page);
      const summary = violations.map(
        (v) =>
          `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
          v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
      );
      expect(summary, `axe violations at ${width}px, ${colorScheme}`).toEqual([]);
    });
  }
}
