/**
 * After one visit the guide works with the network off: reload, walk to each
 * outcome, and compose a message, all served by the service worker.
 */
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { outcomeUi } from '../../src/content/outcome-ui';
import { questions } from '../../src/content/questions';
import { ui } from '../../src/content/ui';
import { expect, test } from './fixtures';
import { untilWorkerControls } from './worker';

/** These tests are about the service worker, which the config blocks elsewhere. */
test.use({ serviceWorkers: 'allow' });

test('works offline after one visit', async ({ page, context }) => {
  await page.goto('/');
  await untilWorkerControls(page);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page came from the service worker').toBe(true);

  // A whole journey by clicking, which needs the lazily loaded views from the cache.
  await page.getByRole('button', { name: ui.start.button }).click();
  await page.getByLabel(questions.stage.options.interviewing.label).check();
  await page.getByRole('button', { name: ui.nav.continue }).click();
  await page.getByLabel(questions.concerns.options['career-goals'].label).check();
  await page.getByRole('button', { name: ui.nav.continue }).click();
  await page.getByLabel(questions['employer-interest'].options.no.label).check();
  await page.getByRole('button', { name: ui.nav.continue }).click();
  await expect(page.locator('[data-outcome="decline"]')).toBeVisible();
  await expect(page.locator('[data-template="withdraw"]')).toBeVisible();

  const yourName = page.getByRole('textbox', { name: outcomeUi.composer.fields.yourName.label });
  await yourName.fill('Ana Sousa');
  await expect(page.locator('[data-template="withdraw"]')).toContainText('Ana Sousa');

  // The other outcomes, opened from share links while still offline.
  for (const [link, outcome] of [
    ['/?stage=applied&concerns=none', 'interview'],
    ['/?stage=outreach&concerns=work-setup&negotiable=yes', 'negotiate'],
  ] as const) {
    const response = await page.goto(link);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator(`[data-outcome="${outcome}"]`)).toBeVisible();
  }
});

test('a new version takes over, and the person is told a reload will show it', async ({
  browser,
  pageGuard,
}) => {
  // A private copy of the build on its own server, so that "deploying" a new
  // worker (changing sw.js on disk) touches no other test.
  const dir = await mkdtemp(join(tmpdir(), 'interview-or-not-'));
  await cp('dist', dir, { recursive: true });
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { port: 0, host: 'localhost' },
  });
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!origin) throw new Error('The private preview server did not start.');
  pageGuard.allow(new RegExp(`^request to another origin: [A-Z]+ ${origin}/`));
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  try {
    await page.goto('/?stage=applied');
    await untilWorkerControls(page);
    await expect(page.getByText(ui.offline.updateReady)).toHaveCount(0);

    await appendFile(join(dir, 'sw.js'), '\n// the next version\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    await expect(page.getByText(ui.offline.updateReady)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.concerns.title);
    await page.getByRole('button', { name: ui.offline.reload }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.concerns.title);
    await expect(page.getByText(ui.offline.updateReady)).toHaveCount(0);
  } finally {
    await context.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
