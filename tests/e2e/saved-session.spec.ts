/**
 * A saved session that waits, in Chromium: the bare address offers it back
 * on the start page (the outcome's headline, never the names), a share link
 * still opens where it points, and Clear my answers removes what was stored.
 * The start page shows all this before the machine has loaded: the first
 * view never requests XState's chunk until Start is in sight.
 */
import { outcomes, outcomeUi, sessionUi, ui } from '../../src/content';
import { expect, test } from './fixtures';

const NEGOTIATE = '/?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable';

test('the bare address offers a saved session back; Continue restores it, names and all', async ({
  page,
}) => {
  await page.goto(NEGOTIATE);
  const name = page.getByRole('textbox', {
    name: new RegExp(outcomeUi.composer.fields.yourName.label),
  });
  await name.fill('Zoë');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomes.negotiate.headline);
  // Saved once painted; then the person (or someone else) opens the address again.
  await page.waitForFunction(() => localStorage.getItem('decline-guide')?.includes('Zoë'));

  await page.goto('/');
  const offer = page.getByRole('region', { name: sessionUi.resume.heading });
  await expect(offer).toContainText(sessionUi.resume.reached(outcomes.negotiate.headline));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.start.heading);
  await expect(page.getByText('Zoë')).toHaveCount(0);

  await offer.getByRole('button', { name: sessionUi.resume.continue }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomes.negotiate.headline);
  await expect(name).toHaveValue('Zoë');
  await expect(page).toHaveURL(NEGOTIATE);
});

test('a share link opens where it points, over a saved session', async ({ page }) => {
  await page.goto(NEGOTIATE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomes.negotiate.headline);
  await page.goto('/?stage=outreach&concerns=none');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomes.interview.headline);
  await expect(page.getByRole('region', { name: sessionUi.resume.heading })).toHaveCount(0);
});

test('Clear my answers, from the outcome: asked first, everything removed, and said so', async ({
  page,
}) => {
  await page.goto(NEGOTIATE);
  await page
    .getByRole('textbox', { name: new RegExp(outcomeUi.composer.fields.yourName.label) })
    .fill('Ana');
  await page.getByRole('button', { name: sessionUi.clear.button }).click();
  await page.getByRole('button', { name: sessionUi.clear.yes }).click();
  await expect(page.getByText(sessionUi.notices.cleared)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.start.heading);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.goto('/');
  await expect(page.getByRole('region', { name: sessionUi.resume.heading })).toHaveCount(0);
});

test('the start page loads no XState until the person is about to start, or the page is idle', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  // Hold off idle: the start page's own code only.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.goto('/');
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  const scripts = () => requested.filter((p) => p.endsWith('.js') && !p.endsWith('sw.js'));
  const before = scripts();
  await page.getByRole('button', { name: ui.start.button }).hover();
  await expect.poll(() => scripts().length).toBeGreaterThan(before.length);
  // What the hover fetched is what Start needs: the guide (XState, the machine) among it.
  expect(
    scripts()
      .filter((p) => !before.includes(p))
      .some((p) => /guide\.svelte-/.test(p)),
  ).toBe(true);
  expect(before.some((p) => /guide\.svelte-/.test(p))).toBe(false);
  await page.getByRole('button', { name: ui.start.button }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(ui.start.heading);
});
