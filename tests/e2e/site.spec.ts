/**
 * The public site around the guide (issue 19), in the built app: the footer
 * on every view with its two links; the privacy and accessibility pages and
 * the not-found page, prerendered (readable with JavaScript off), offline
 * after one visit, axe-clean in light, dark and either chosen theme; the
 * color theme control, kept on the device and applied before the first paint;
 * and the link preview's tags and image. Screenshots go to reports/screenshots/.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { ui } from '../../src/content';
import { site } from '../../src/content/site';
import { SAVED_KEY } from '../../src/app/saved';
import { THEME_KEY } from '../../src/site/theme';
import { EVERY_VIEW, openVisit } from './a11y-checks';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { untilWorkerControls } from './worker';
import { shot } from './shots';

/** The pages beside the guide: address, `h1`, and a name for screenshots. */
const PAGES = [
  {
    path: '/privacy/',
    title: site.privacy({ days: 0, key: '', themeKey: '' }).title,
    name: 'privacy',
  },
  { path: '/accessibility/', title: site.accessibility(undefined).title, name: 'accessibility' },
  { path: '/404.html', title: site.notFound.title, name: 'not-found' },
] as const;

const footer = (page: Page) => page.getByRole('contentinfo');
const themeRadio = (page: Page, theme: 'system' | 'light' | 'dark') =>
  footer(page)
    .getByRole('group', { name: site.footer.theme.legend })
    .getByRole('radio', { name: site.footer.theme[theme], exact: true });

test.describe('the footer', () => {
  const views = ['start', 'question-concerns', 'error-concerns', 'outcome-withdraw'];

  for (const name of views) {
    test(`on the ${name} view, it leads to both pages and back`, async ({ page }) => {
      const visit = EVERY_VIEW.find((v) => v.name === name)!;
      await openVisit(page, visit);
      for (const { path, title } of PAGES.slice(0, 2)) {
        const link = footer(page).getByRole('link', {
          name: path === '/privacy/' ? site.footer.privacy : site.footer.accessibility,
        });
        await expect(link).toHaveAttribute('href', path);
        await link.click();
        await expect(page).toHaveURL(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await page.goBack();
        await expect(footer(page)).toBeVisible();
      }
    });
  }

  test('on the error panel, when a view cannot load', async ({ page, pageGuard }) => {
    pageGuard.allow(/OutcomeView|Failed to fetch|dynamically imported module|unexpected error/i);
    await page.route(/\/assets\/OutcomeView-[^/]*\.js$/, (route) => route.abort());
    await page.goto('/?stage=applied&concerns=none');
    await expect(
      page.getByRole('heading', { level: 1, name: ui.errorPanel.heading }),
    ).toBeVisible();
    await expect(footer(page).getByRole('link', { name: site.footer.privacy })).toBeVisible();
    await expect(footer(page).getByRole('link', { name: site.footer.accessibility })).toBeVisible();
  });
});

test.describe('the pages beside the guide', () => {
  test('read with JavaScript off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    try {
      for (const { path, title } of PAGES) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
        await expect(footer(page).getByRole('link', { name: site.footer.privacy })).toBeVisible();
        // The theme control needs a script, so it is not offered without one.
        await expect(footer(page).getByRole('group')).toBeHidden();
      }
    } finally {
      await context.close();
    }
  });

  test.describe('offline', () => {
    // Read from the service worker, which the config blocks elsewhere.
    test.use({ serviceWorkers: 'allow' });
    test('work offline after one visit to the guide', async ({ page, context }) => {
      await page.goto('/');
      await untilWorkerControls(page);
      await themeRadio(page, 'dark').check();
      await context.setOffline(true);
      for (const { path, title } of PAGES.slice(0, 2)) {
        const response = await page.goto(path);
        expect(response?.fromServiceWorker(), `${path} from the service worker`).toBe(true);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        expect(await page.evaluate(() => document.styleSheets.length)).toBe(2);
      }
      await footer(page).getByRole('link', { name: site.footer.privacy }).click();
      await page.getByRole('link', { name: ui.app.shortName }).click();
      await expect(page.getByRole('heading', { level: 1, name: ui.start.heading })).toBeVisible();
    });
  });

  for (const { path, name } of PAGES) {
    test(`${name}: axe-clean at 320 and 1280 px, in light, dark and each chosen theme`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const failures: string[] = [];
      await page.goto(path);
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: width < 600 ? 640 : 800 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 0) failures.push(`${width}px: ${overflow}px wider than the window`);
        for (const colorScheme of ['light', 'dark'] as const) {
          for (const theme of ['system', colorScheme === 'light' ? 'dark' : 'light'] as const) {
            await page.emulateMedia({ colorScheme });
            await themeRadio(page, theme).check();
            const shown = theme === 'system' ? colorScheme : theme;
            if (width === 320) {
              await shot(page, `site-${name}-${width}-${colorScheme}-${theme}`, { fullPage: true });
            }
            const violations = await axeViolations(page);
            failures.push(
              ...violations.map(
                (v) =>
                  `${width}px ${colorScheme}, shown ${shown}: ${v.id}: ${v.help}\n` +
                  v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'),
              ),
            );
          }
        }
      }
      expect(failures, 'axe violations or overflow').toEqual([]);
    });
  }

  test('print in ink, without the header, footer or theme control', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/privacy/');
    await themeRadio(page, 'dark').check();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(footer(page)).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    const colors = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('h1')!);
      return { text: style.color, bg: getComputedStyle(document.documentElement).backgroundColor };
    });
    expect(colors).toEqual({ text: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)' });
    await shot(page, `site-privacy-print`, { fullPage: true });
  });
});

test.describe('the color theme', () => {
  /** The background color of the page and its `data-theme` at the first frame, before the first paint. */
  async function firstFrame(page: Page) {
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const root = document.documentElement;
        (window as unknown as { __firstFrame: unknown }).__firstFrame = {
          theme: root.getAttribute('data-theme'),
          bg: getComputedStyle(root).backgroundColor,
        };
      });
    });
  }
  const readFirstFrame = (page: Page) =>
    page
      .waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame)
      .then((handle) => handle.jsonValue() as Promise<{ theme: string | null; bg: string }>);

  const LIGHT_BG = 'rgb(255, 255, 255)';
  const DARK_BG = 'rgb(18, 20, 23)';

  test('a choice is kept on the device and set before the first paint of every page', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expect(themeRadio(page, 'system')).toBeChecked();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');

    await themeRadio(page, 'dark').check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');
    await shot(page, `site-start-390-theme-dark`);

    await firstFrame(page);
    for (const path of [
      '/',
      '/?stage=applied&concerns=none',
      '/privacy/',
      '/accessibility/',
      '/404.html',
    ]) {
      await page.goto(path, { waitUntil: 'commit' });
      expect(await readFirstFrame(page), `${path} at its first frame`).toEqual({
        theme: 'dark',
        bg: DARK_BG,
      });
      await expect(themeRadio(page, 'dark')).toBeChecked();
    }

    // The guide's own steps keep it (from a fresh start: the share link above was saved).
    await page.evaluate((key) => localStorage.removeItem(key), SAVED_KEY);
    await page.goto('/');
    await page.getByRole('button', { name: ui.start.button }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await themeRadio(page, 'system').check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBeNull();
    await page.goto('/privacy/', { waitUntil: 'commit' });
    expect(await readFirstFrame(page)).toEqual({ theme: null, bg: LIGHT_BG });
  });

  test('a chosen theme wins over the device, both ways', async ({ page }) => {
    await page.goto('/');
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await themeRadio(page, 'light').check();
    expect(await background()).toBe(LIGHT_BG);
    await shot(page, `site-start-390-dark-device-light-theme`);
    await page.emulateMedia({ colorScheme: 'light' });
    await themeRadio(page, 'dark').check();
    expect(await background()).toBe(DARK_BG);
  });

  test('forced colors still win over a chosen theme', async ({ page }) => {
    await page.goto('/');
    const look = () =>
      page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const root = getComputedStyle(document.documentElement);
        return [body.color, root.backgroundColor];
      });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      await themeRadio(page, 'system').check();
      const system = await look();
      for (const theme of ['light', 'dark'] as const) {
        await themeRadio(page, theme).check();
        expect(await look(), `${theme} theme, ${colorScheme} device`).toEqual(system);
      }
    }
  });

  test('the control is a group of radios named for the theme, with its values', async ({
    page,
  }) => {
    await page.goto('/');
    const radios = footer(page).locator('input[type="radio"]');
    await expect(radios).toHaveCount(3);
    expect(
      await radios.evaluateAll((inputs) =>
        inputs.map((input) => [
          (input as HTMLInputElement).name.endsWith('theme'),
          (input as HTMLInputElement).value,
        ]),
      ),
    ).toEqual([
      [true, 'system'],
      [true, 'light'],
      [true, 'dark'],
    ]);
  });
});

test.describe('link previews', () => {
  test('the guide carries a description, Open Graph tags and a summary card, with no answer in them', async ({
    page,
    request,
  }) => {
    await page.goto('/?stage=applied&concerns=salary,work-setup');
    const meta = (selector: string) =>
      page.locator(`head meta[${selector}]`).getAttribute('content');
    expect(await meta('name="description"')).toBeTruthy();
    expect(await meta('property="og:title"')).toBe(site.preview.title);
    expect(await meta('property="og:description"')).toBe(site.preview.description);
    expect(await meta('property="og:image:alt"')).toBe(site.preview.imageAlt);
    expect(await meta('name="twitter:card"')).toBe('summary_large_image');
    const tags = await page
      .locator('head meta')
      .evaluateAll((all) => all.map((m) => m.getAttribute('content') ?? '').join(' '));
    for (const answer of ['applied', 'salary', 'work-setup']) expect(tags).not.toContain(answer);

    const image = await request.get((await meta('property="og:image"'))!);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    // The PNG header's IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await meta('property="og:image:width"')).toBe('1200');
    expect(await meta('property="og:image:height"')).toBe('630');
  });
});

test.describe('not found', () => {
  /** dist/ as a plain static host serves it: files, folders' index.html, else 404.html with a 404. */
  let server: Server;
  let origin = '';
  const TYPES: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.webmanifest': 'application/manifest+json',
  };
  test.beforeAll(async () => {
    server = createServer((req, res) => {
      void (async () => {
        const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
        let file = join('dist', path);
        if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file).catch(() => null);
        if (body) {
          res.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          });
          res.end(body);
        } else {
          res.writeHead(404, { 'content-type': 'text/html' });
          res.end(await readFile('dist/404.html'));
        }
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('an unknown address on a static host gets the not-found page, with a way to the start', async ({
    browser,
    pageGuard,
  }) => {
    pageGuard.allow(new RegExp(`^request to another origin: [A-Z]+ ${origin}/`));
    // The browser logs the 404 status itself, as a failed load.
    pageGuard.allow(/404 \(Not Found\)/);
    // The worker, which the config blocks elsewhere, is part of what this checks.
    const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
    await pageGuard.watch(context);
    const page = await context.newPage();
    try {
      const response = await page.goto('/no/such/page');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.notFound.title);
      await expect(footer(page).getByRole('link', { name: site.footer.privacy })).toBeVisible();
      await page.getByRole('link', { name: site.notFound.start }).click();
      await expect(page.getByRole('heading', { level: 1, name: ui.start.heading })).toBeVisible();

      // Once the service worker is in, it still leaves unknown paths to the host.
      await untilWorkerControls(page);
      const again = await page.goto('/another/unknown/page?stage=applied');
      expect(again?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.notFound.title);
    } finally {
      await context.close();
    }
  });
});
