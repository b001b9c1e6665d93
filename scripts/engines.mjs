/**
 * Finds the Firefox and the WebKit that `npm run test:engines` drives, and the
 * X server WebKitGTK needs on Linux. Plain ESM (JSDoc-typed, checked by tsc
 * through checkJs), in the style of `scripts/chromium.mjs`.
 *
 * Each finder returns what to launch, or throws one line that says how to get
 * it: a missing engine fails the run, it never skips it. A path given in the
 * environment that points at nothing is an error too, not a reason to fall
 * back silently to another browser.
 *
 * Every finder takes its world as arguments (`env`, `platform`, `exists`,
 * `list`) so the unit tests can hand it a fake one.
 */
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {object} World
 * @property {NodeJS.ProcessEnv} [env]
 * @property {NodeJS.Platform} [platform]
 * @property {(path: string) => boolean} [exists] whether an executable file is there
 * @property {(dir: string) => string[]} [list] the names in a directory, or [] if there is none
 */

/** Whether `path` is there and may be run. */
function isExecutable(/** @type {string} */ path) {
  try {
    accessSync(path, constants.X_OK);
    return existsSync(path);
  } catch {
    return false;
  }
}

function listDir(/** @type {string} */ dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * The world as it is, with what the test passed in on top.
 * @param {World} world
 * @returns {Required<World>}
 */
function resolveWorld(world) {
  return {
    env: world.env ?? process.env,
    platform: world.platform ?? process.platform,
    exists: world.exists ?? isExecutable,
    list: world.list ?? listDir,
  };
}

/**
 * The first of `names` found on `$PATH`, as a full path, or undefined.
 * @param {Required<World>} world
 * @param {readonly string[]} names
 */
function onPath(world, names) {
  const dirs = (world.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (world.exists(path)) return path;
    }
  }
  return undefined;
}

/**
 * `$VAR` if it is set (and then it must exist), else the first candidate that
 * exists, else undefined.
 * @param {Required<World>} world
 * @param {string} variable
 * @param {readonly string[]} candidates
 * @param {string} message the one-line "how to get it" for this program
 */
function fromEnvOrCandidates(world, variable, candidates, message) {
  const fromEnv = world.env[variable];
  if (fromEnv) {
    if (world.exists(fromEnv)) return fromEnv;
    throw new Error(`${variable} is set to ${fromEnv}, which does not exist. ${message}`);
  }
  return candidates.find((path) => world.exists(path));
}

// Firefox ---------------------------------------------------------------------

/** Where Firefox is looked for after `$FIREFOX_PATH`, in order. */
export const FIREFOX_CANDIDATES = Object.freeze({
  linux: Object.freeze([
    // Debian's firefox-esr: the binary itself, then the wrapper script on $PATH.
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
  ]),
  darwin: Object.freeze(['/Applications/Firefox.app/Contents/MacOS/firefox']),
});

/** The one-line error shown when no Firefox is found. */
export const NO_FIREFOX_MESSAGE =
  'No Firefox found (checked $FIREFOX_PATH, /usr/lib/firefox-esr/firefox-esr, /usr/bin/firefox-esr and /usr/bin/firefox): run `apt-get install -y firefox-esr` (on macOS `brew install --cask firefox`), or set FIREFOX_PATH to a Firefox binary.';

/**
 * The Firefox binary to launch, or throws with a one-line message that says
 * how to get one.
 * @param {World} [world]
 * @returns {string}
 */
export function findFirefox(world = {}) {
  const w = resolveWorld(world);
  const candidates = w.platform === 'darwin' ? FIREFOX_CANDIDATES.darwin : FIREFOX_CANDIDATES.linux;
  const found = fromEnvOrCandidates(w, 'FIREFOX_PATH', candidates, NO_FIREFOX_MESSAGE);
  if (found) return found;
  const named = onPath(w, ['firefox-esr', 'firefox']);
  if (named) return named;
  throw new Error(NO_FIREFOX_MESSAGE);
}

// WebKit ----------------------------------------------------------------------

/**
 * What drives WebKit: on Linux, WebKitGTK's `WebKitWebDriver` launching its
 * `MiniBrowser` (which needs an X display); on macOS, Safari's own
 * `safaridriver`. Both speak classic WebDriver only.
 * @typedef {{ kind: 'webkitgtk', driver: string, browser: string }
 *   | { kind: 'safari', driver: string }} WebKitFound
 */

/** Library directories that hold `webkit2gtk-4.1/MiniBrowser` (Debian's multiarch, then others). */
export const LIB_DIRS = Object.freeze(['/usr/lib', '/usr/lib64', '/usr/libexec']);

/** The WebKitGTK API versions whose MiniBrowser works with WebKitWebDriver, newest first. */
export const WEBKITGTK_DIRS = Object.freeze(['webkitgtk-6.0', 'webkit2gtk-4.1', 'webkit2gtk-4.0']);

/** Debian's webkit2gtk-driver installs WebKitWebDriver here. */
export const SYSTEM_WEBKIT_WEBDRIVER = '/usr/bin/WebKitWebDriver';

/** Safari's driver, part of macOS. */
export const SAFARIDRIVER = '/usr/bin/safaridriver';

/** The one-line error shown when WebKitGTK's driver or browser is missing. */
export const NO_WEBKIT_MESSAGE =
  'No WebKit found (checked $WEBKIT_WEBDRIVER and /usr/bin/WebKitWebDriver, $MINIBROWSER_PATH and /usr/lib/*/webkit2gtk-4.1/MiniBrowser): run `apt-get install -y webkit2gtk-driver`, or set WEBKIT_WEBDRIVER and MINIBROWSER_PATH.';

/** The one-line error shown on macOS when safaridriver is missing. */
export const NO_SAFARI_MESSAGE =
  'No safaridriver found (checked $WEBKIT_WEBDRIVER and /usr/bin/safaridriver): it comes with Safari on macOS; run `safaridriver --enable` once, or set WEBKIT_WEBDRIVER.';

/**
 * Every MiniBrowser path a WebKitGTK install may use, in the order they are
 * tried: `/usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser` for every multiarch
 * directory there is, then the same without the arch directory.
 * @param {Required<World>} world
 * @returns {string[]}
 */
function miniBrowserCandidates(world) {
  const paths = [];
  for (const lib of LIB_DIRS) {
    const archDirs = world
      .list(lib)
      .filter((name) => /-linux-gnu/.test(name))
      .sort();
    for (const api of WEBKITGTK_DIRS) {
      for (const arch of archDirs) paths.push(join(lib, arch, api, 'MiniBrowser'));
      paths.push(join(lib, api, 'MiniBrowser'));
    }
  }
  return paths;
}

/**
 * What drives WebKit on this machine, or throws with a one-line message that
 * says how to get it.
 * @param {World} [world]
 * @returns {WebKitFound}
 */
export function findWebKit(world = {}) {
  const w = resolveWorld(world);
  if (w.platform === 'darwin') {
    const driver = fromEnvOrCandidates(w, 'WEBKIT_WEBDRIVER', [SAFARIDRIVER], NO_SAFARI_MESSAGE);
    if (!driver) throw new Error(NO_SAFARI_MESSAGE);
    return { kind: 'safari', driver };
  }
  const driver =
    fromEnvOrCandidates(w, 'WEBKIT_WEBDRIVER', [SYSTEM_WEBKIT_WEBDRIVER], NO_WEBKIT_MESSAGE) ??
    onPath(w, ['WebKitWebDriver']);
  const browser = fromEnvOrCandidates(
    w,
    'MINIBROWSER_PATH',
    miniBrowserCandidates(w),
    NO_WEBKIT_MESSAGE,
  );
  if (!driver || !browser) throw new Error(NO_WEBKIT_MESSAGE);
  return { kind: 'webkitgtk', driver, browser };
}

// The X server ----------------------------------------------------------------

/** The one-line error shown when WebKitGTK has no display to open its window on. */
export const NO_XVFB_MESSAGE =
  'No Xvfb found (checked $XVFB_PATH, /usr/bin/Xvfb and $PATH): WebKitGTK has no headless mode, so run `apt-get install -y xvfb xauth`, or set XVFB_PATH.';

/**
 * The Xvfb binary that gives WebKitGTK's MiniBrowser a display of its own
 * (it has no headless mode), or throws with a one-line message. Not needed
 * for Safari, which opens its own window on macOS.
 * @param {World} [world]
 * @returns {string}
 */
export function findXvfb(world = {}) {
  const w = resolveWorld(world);
  const found =
    fromEnvOrCandidates(w, 'XVFB_PATH', ['/usr/bin/Xvfb'], NO_XVFB_MESSAGE) ?? onPath(w, ['Xvfb']);
  if (!found) throw new Error(NO_XVFB_MESSAGE);
  return found;
}

/**
 * Everything the engine tests need, found at once: one line per missing
 * program, so a machine missing two learns both in one run.
 * @param {World} [world]
 * @returns {{ firefox: string, webkit: WebKitFound, xvfb: string | undefined }}
 */
export function findEngines(world = {}) {
  const w = resolveWorld(world);
  /** @type {string[]} */
  const missing = [];
  /** @template T @param {() => T} find @returns {T | undefined} */
  const attempt = (find) => {
    try {
      return find();
    } catch (error) {
      missing.push(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  const firefox = attempt(() => findFirefox(w));
  const webkit = attempt(() => findWebKit(w));
  const xvfb = webkit?.kind === 'safari' ? undefined : attempt(() => findXvfb(w));
  if (missing.length > 0 || !firefox || !webkit) throw new Error(missing.join('\n'));
  return { firefox, webkit, xvfb };
}

// `node scripts/engines.mjs`: what the engine tests will drive, or the lines
// saying what to install (and exit status 1). `npm run test:engines` runs it
// first, so a missing browser is the only thing the run prints.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { firefox, webkit, xvfb } = findEngines();
    const wk = webkit.kind === 'safari' ? webkit.driver : `${webkit.driver} + ${webkit.browser}`;
    console.log(`engines: Firefox ${firefox}; WebKit ${wk}${xvfb ? ` on ${xvfb}` : ''}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
