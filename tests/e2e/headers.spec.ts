/**
 * The response headers docs/deploy.md tells a static host to set, proved on
 * the production build: the block is read from the document itself, the build
 * is served with exactly those headers, and the guide must work under them
 * (no CSP violation, no console error, the clipboard allowed and everything
 * else refused) while another site cannot frame it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { outcomeUi, questions, ui } from '../../src/content';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { expect, test } from './fixtures';
import { composerMounted } from './journey-steps';

const DIST = 'dist';

/** The `Name: value` lines of the first ```http block of docs/deploy.md. */
function documentedHeaders(): Record<string, string> {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const block = /```http\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/deploy.md has no ```http block of headers');
  return Object.fromEntries(
    block
      .trim()
      .split('\n')
      .map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static host for `dist/` that sends `headers` with every response. */
function serve(headers: Record<string, string>, page?: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const file = path === '/' ? 'index.html' : normalize(path).replace(/^[/\\]+/, '');
    let body: Buffer | string;
    try {
      body = page ?? readFileSync(join(DIST, file));
    } catch {
      response.writeHead(404, headers).end();
      return;
    }
    const type = page ? TYPES['.html']! : (TYPES[extname(file)] ?? 'application/octet-stream');
    response.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

test.describe('the headers in docs/deploy.md', () => {
  // One test runs the service worker under the headers (the config blocks it elsewhere).
  test.use({ serviceWorkers: 'allow' });
  const headers = documentedHeaders();
  let host: Server;

  test.beforeAll(async () => {
    host = await serve(headers);
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  test('name the policy, nosniff, no-referrer and a permissions policy', () => {
    expect(Object.keys(headers).sort()).toEqual(
      [
        'Content-Security-Policy',
        'Permissions-Policy',
        'Referrer-Policy',
        'X-Content-Type-Options',
      ].sort(),
    );
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    // The built page's meta tag carries the same policy, less what only a header can say.
    const inPage = (policy: string) =>
      policy
        .split(';')
        .map((directive) => directive.trim())
        .filter((directive) => directive && !directive.startsWith('frame-ancestors'))
        .sort();
    expect(inPage(headers['Content-Security-Policy']!)).toEqual(inPage(CONTENT_SECURITY_POLICY));
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  test('let the guide work under them: a journey, copy, and the service worker', async ({
    page,
    context,
    pageGuard,
  }) => {
    const app = origin(host);
    // Every request goes to this host, not the one the other browser tests use.
    pageGuard.allow(new RegExp(`request to another origin: \\w+ ${app}/`));
    await context.grantPermissions(['clipboard-write'], { origin: app });

    const response = await page.goto(`${app}/`);
    expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
    await page.getByRole('button', { name: ui.start.button }).click();
    await page.getByLabel(questions.stage.options.outreach.label, { exact: true }).check();
    await page.getByRole('button', { name: ui.nav.continue }).click();
    await page.getByLabel(questions.concerns.options.none.label, { exact: true }).check();
    await page.getByRole('button', { name: ui.nav.continue }).click();
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'interview');

    // Every blank the message uses, so Copy copies at once instead of warning first.
    await composerMounted(page);
    for (const field of await page.locator('input[type="text"][data-field]').all()) {
      await field.fill('Zoë');
    }
    await page.getByRole('button', { name: outcomeUi.actions.copy }).click();
    // Copied through the Clipboard API, not the select-to-copy fallback.
    await expect(page.getByText(outcomeUi.actions.copied)).toBeVisible();

    const allowed = await page.evaluate(() => {
      const policy = (
        document as unknown as { featurePolicy: { allowsFeature(name: string): boolean } }
      ).featurePolicy;
      const features = ['clipboard-write', 'clipboard-read', 'camera', 'microphone'];
      return [...features, 'geolocation', 'payment', 'usb'].filter((feature) =>
        policy.allowsFeature(feature),
      );
    });
    expect(allowed).toEqual(['clipboard-write']);

    await page.evaluate(() => navigator.serviceWorker.ready);
  });

  test('stop another site from framing the guide', async ({ page, pageGuard }) => {
    const app = origin(host);
    const framing = await serve(
      {},
      `<!doctype html><title>x</title><iframe src="${app}/"></iframe>`,
    );
    try {
      pageGuard.allow(/request to another origin/);
      pageGuard.allow(/frame-ancestors/);
      const refused = page.waitForEvent('console', (message) =>
        message.text().includes("frame-ancestors 'none'"),
      );
      await page.goto(`${origin(framing)}/`);
      await refused;
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame?.url()).not.toContain(app);
      await expect(page.frameLocator('iframe').getByText(ui.start.heading)).toHaveCount(0);
    } finally {
      await new Promise<void>((resolve) => framing.close(() => resolve()));
    }
  });
});
