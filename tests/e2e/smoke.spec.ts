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

// One page, checked at each width and in each scheme: a page and axe's first run
// per combination cost more than the checks themselves.
test('the start view has no axe violations at 320 and 1280 px, light and dark', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  const failures: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width < 600 ? 640 : 800 });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await shot(page, `start-${width}-${colorScheme}`, { fullPage: true });
      const violations = await axeViolations(page);
      failures.push(
        ...violations.map(
          (v) =>
            `${width}px ${colorScheme}: ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
            v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
        ),
      );
    }
  }
  expect(failures, 'axe violations').toEqual([]);
});
