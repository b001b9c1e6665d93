/**
 * The `test` every browser test should import. Its auto fixture, `pageGuard`,
 * fails the test when, anywhere in the test's browser context:
 * - a page throws an uncaught error (`pageerror`, seen context-wide as `weberror`),
 * - a console message of type `error` is logged (this includes failed loads
 *   such as a 404 for an asset, and Chromium's own CSP reports),
 * - a request goes to any origin other than the app's own (`data:` and `blob:`
 *   are fine): the guide must work with nothing leaving the browser,
 * - a `securitypolicyviolation` event fires (an init script records them in
 *   `window.__cspViolations` and reports them to the test as they happen).
 *
 * A test that provokes one of these on purpose calls `pageGuard.allow(/…/)`;
 * one that opens another context (`browser.newContext()`) hands it to
 * `pageGuard.watch(context)` to have it watched the same way.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

export { expect };

/** What the fixture gives a test. */
export interface PageGuard {
  /** Everything seen so far, one line each. */
  readonly problems: readonly string[];
  /** Ignore problems whose line matches `pattern` (for tests that provoke one). */
  allow(pattern: RegExp): void;
  /** Watches another context too (one a test made with `browser.newContext()`). */
  watch(context: BrowserContext): Promise<void>;
}

/** One `securitypolicyviolation` event, as the init script records it. */
export interface CspViolation {
  directive: string;
  blockedURI: string;
  source: string;
  documentURI: string;
}

interface CspWindow {
  __cspViolations?: CspViolation[];
  __reportCspViolation?: (violation: CspViolation) => void;
}

const ALLOWED_SCHEMES = ['data:', 'blob:'];

/** Runs in every document before its own scripts. */
function recordCspViolations(): void {
  const w = window as unknown as CspWindow;
  w.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const violation: CspViolation = {
        directive: event.effectiveDirective || event.violatedDirective,
        blockedURI: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        documentURI: event.documentURI,
      };
      w.__cspViolations?.push(violation);
      w.__reportCspViolation?.(violation);
    },
    true,
  );
}

function describeViolation(v: CspViolation): string {
  return `CSP violation: ${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.source} in ${v.documentURI}`;
}

export const test = base.extend<{ pageGuard: PageGuard }>({
  pageGuard: [
    async ({ context, page, baseURL }, use) => {
      if (!baseURL) throw new Error('pageGuard needs `use.baseURL` in playwright.config.ts');
      const appOrigin = new URL(baseURL).origin;
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      let cspReported = 0;

      const watch = async (watched: BrowserContext) => {
        watched.on('weberror', (error) => {
          const e = error.error();
          problems.push(`pageerror: ${e.stack ?? e.message}`);
        });
        watched.on('console', (message) => {
          if (message.type() !== 'error') return;
          const { url, lineNumber } = message.location();
          problems.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
        });
        watched.on('request', (request) => {
          const url = request.url();
          if (ALLOWED_SCHEMES.some((scheme) => url.startsWith(scheme))) return;
          if (new URL(url).origin !== appOrigin) {
            problems.push(`request to another origin: ${request.method()} ${url}`);
          }
        });
        await watched.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
          cspReported += 1;
          problems.push(describeViolation(violation));
        });
        await watched.addInitScript(recordCspViolations);
      };
      await watch(context);

      const guard: PageGuard = {
        get problems() {
          return problems;
        },
        allow(pattern) {
          allowed.push(pattern);
        },
        watch,
      };

      await use(guard);

      // Fallback: if the binding never fired, read what the page itself recorded.
      if (cspReported === 0 && !page.isClosed()) {
        const recorded = await page
          .evaluate(() => (window as unknown as CspWindow).__cspViolations ?? [])
          .catch(() => [] as CspViolation[]);
        problems.push(...recorded.map(describeViolation));
      }

      const unexpected = problems.filter((line) => !allowed.some((p) => p.test(line)));
      expect(unexpected, 'errors, other-origin requests or CSP violations during the test').toEqual(
        [],
      );
    },
    { auto: true },
  ],
});
