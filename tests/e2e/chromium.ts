/**
 * The Chromium finder for the browser tests. The implementation lives in
 * `scripts/chromium.mjs` so that the Node scripts (`npm run bench`,
 * `npm run lighthouse`) share it without a TypeScript loader.
 *
 * The tests' order (`findTestChromium`): `$CHROMIUM_PATH`, Debian's
 * `/usr/bin/chromium-headless-shell`, `/usr/bin/chromium`, Playwright's own
 * Chromium. With none, it throws one line saying how to get one.
 */
export {
  CHROMIUM_ARGS,
  HEADLESS,
  NO_CHROMIUM_MESSAGE,
  SYSTEM_CHROMIUM,
  chromiumLaunchOptions,
  findTestChromium,
} from '../../scripts/chromium.mjs';
