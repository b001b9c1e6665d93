/**
 * Finds the Chromium the browser tests, `npm run bench` and `npm run lighthouse`
 * drive, and the flags they launch it with. Plain ESM (JSDoc-typed, checked by
 * tsc through checkJs) so Node 20 scripts can import it as is;
 * `tests/e2e/chromium.ts` re-exports it for the Playwright side.
 *
 * Playwright cannot download its own browsers on these machines, so the order is:
 * `$CHROMIUM_PATH`, then Debian's `/usr/bin/chromium`, then a browser that
 * `npx playwright install chromium` put in Playwright's cache. With none of
 * them, it tries that download once (where the network allows it) before it
 * gives up with its message; `CHROMIUM_DOWNLOAD=0` skips the attempt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's package (`apt-get install -y chromium`) installs it here. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's `chromium-headless-shell` (the same Chromium, built for headless use
 * only, without the browser's windows and menus) installs it here. Playwright
 * itself runs this build for `headless: true`; here it runs the browser tests
 * in about half the CPU time of the full browser.
 */
export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Said once when the browser tests fall back to the full browser. */
export const NO_HEADLESS_SHELL_HINT =
  'The browser tests use the full Chromium: `apt-get install -y chromium-headless-shell` runs them in about half the time.';

/**
 * Flags for every launch. We run as root (so no sandbox) on a closed network
 * with no GPU: everything that would phone home or wait for a GPU is off.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** Always headless: CI has no display, and local runs should match CI. */
export const HEADLESS = true;

/** The one-line error shown when no browser is found. */
export const NO_CHROMIUM_MESSAGE =
  "No Chromium found (checked $CHROMIUM_PATH, /usr/bin/chromium and Playwright's own browser): run `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium`.";

/**
 * Path of Playwright's own Chromium if `npx playwright install chromium` has
 * put it in place, else undefined.
 * @returns {string | undefined}
 */
function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tries `npx playwright install chromium` once (about 6 s to fail where the
 * download is blocked), quietly but for one line saying so; returns whether
 * it succeeded.
 * @returns {boolean}
 */
function downloadPlaywrightChromium() {
  console.error('No Chromium found: trying `npx playwright install chromium` once.');
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: ['ignore', 'ignore', 'ignore'],
    timeout: 5 * 60_000,
  });
  return result.status === 0;
}

/**
 * Returns the Chromium binary to launch, or throws with a one-line message
 * that says how to get one. A CHROMIUM_PATH that points at nothing is an
 * error too, not a reason to fall back silently to another browser.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {{ download?: () => boolean }} [options] how to fetch Playwright's Chromium (tests pass a fake)
 * @returns {string}
 */
export function findChromium(env = process.env, { download = downloadPlaywrightChromium } = {}) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${NO_CHROMIUM_MESSAGE}`,
    );
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const own = playwrightChromium();
  if (own) return own;
  if (env.CHROMIUM_DOWNLOAD !== '0' && download()) {
    const fetched = playwrightChromium();
    if (fetched) return fetched;
  }
  throw new Error(NO_CHROMIUM_MESSAGE);
}

/**
 * The Chromium the browser tests drive: Debian's headless shell when it is
 * there, else what `findChromium` finds (`$CHROMIUM_PATH` first, as there).
 * The bench and Lighthouse keep the full browser a person runs.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {{ download?: () => boolean, hint?: (line: string) => void }} [options]
 * @returns {string}
 */
export function findTestChromium(
  env = process.env,
  { download = downloadPlaywrightChromium, hint = console.error } = {},
) {
  if (!env.CHROMIUM_PATH && existsSync(SYSTEM_HEADLESS_SHELL)) return SYSTEM_HEADLESS_SHELL;
  const found = findChromium(env, { download });
  if (!env.CHROMIUM_PATH) hint(NO_HEADLESS_SHELL_HINT);
  return found;
}

/**
 * Options for Playwright's `chromium.launch()`.
 * @returns {{ executablePath: string, headless: boolean, args: string[] }}
 */
export function chromiumLaunchOptions() {
  return { executablePath: findChromium(), headless: HEADLESS, args: [...CHROMIUM_ARGS] };
}
