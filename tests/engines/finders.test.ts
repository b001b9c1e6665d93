/**
 * The engine finders (scripts/engines.mjs) in a fake world: which path wins,
 * what a bad variable does, and the one line a missing program gives.
 */
import { describe, expect, test } from 'vitest';
import {
  NO_FIREFOX_MESSAGE,
  NO_SAFARI_MESSAGE,
  NO_WEBKIT_MESSAGE,
  NO_XVFB_MESSAGE,
  findEngines,
  findFirefox,
  findWebKit,
  findXvfb,
} from '../../scripts/engines.mjs';

/** A machine holding exactly `files`, with `dirs` listing what each directory holds. */
function world(
  files: readonly string[],
  {
    env = {},
    platform = 'linux',
    dirs = {},
  }: {
    env?: NodeJS.ProcessEnv;
    platform?: NodeJS.Platform;
    dirs?: Record<string, string[]>;
  } = {},
) {
  const present = new Set(files);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin', ...env },
    platform,
    exists: (path: string) => present.has(path),
    list: (dir: string) => dirs[dir] ?? [],
  };
}

const DEBIAN_MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DEBIAN_DIRS = { '/usr/lib': ['x86_64-linux-gnu', 'firefox-esr', 'jvm'] };
const DEBIAN = [
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/bin/firefox-esr',
  '/usr/bin/WebKitWebDriver',
  DEBIAN_MINIBROWSER,
  '/usr/bin/Xvfb',
];

describe('findFirefox', () => {
  test('prefers $FIREFOX_PATH', () => {
    const w = world([...DEBIAN, '/opt/ff/firefox'], { env: { FIREFOX_PATH: '/opt/ff/firefox' } });
    expect(findFirefox(w)).toBe('/opt/ff/firefox');
  });

  test('a $FIREFOX_PATH that points at nothing fails, naming it', () => {
    const w = world(DEBIAN, { env: { FIREFOX_PATH: '/nowhere/firefox' } });
    expect(() => findFirefox(w)).toThrow(/^FIREFOX_PATH is set to \/nowhere\/firefox/);
  });

  test("then Debian's firefox-esr binary, its wrapper, then firefox", () => {
    expect(findFirefox(world(DEBIAN))).toBe('/usr/lib/firefox-esr/firefox-esr');
    expect(findFirefox(world(['/usr/bin/firefox-esr', '/usr/bin/firefox']))).toBe(
      '/usr/bin/firefox-esr',
    );
    expect(findFirefox(world(['/usr/bin/firefox']))).toBe('/usr/bin/firefox');
  });

  test('then a firefox on $PATH', () => {
    expect(findFirefox(world(['/usr/local/bin/firefox']))).toBe('/usr/local/bin/firefox');
  });

  test('on macOS, the app bundle', () => {
    const app = '/Applications/Firefox.app/Contents/MacOS/firefox';
    expect(findFirefox(world([app], { platform: 'darwin' }))).toBe(app);
  });

  test('none: one line saying how to install it', () => {
    expect(() => findFirefox(world([]))).toThrow(NO_FIREFOX_MESSAGE);
    expect(NO_FIREFOX_MESSAGE).not.toContain('\n');
    expect(NO_FIREFOX_MESSAGE).toContain('apt-get install -y firefox-esr');
  });
});

describe('findWebKit', () => {
  test("Debian's WebKitWebDriver and MiniBrowser", () => {
    expect(findWebKit(world(DEBIAN, { dirs: DEBIAN_DIRS }))).toEqual({
      kind: 'webkitgtk',
      driver: '/usr/bin/WebKitWebDriver',
      browser: DEBIAN_MINIBROWSER,
    });
  });

  test('the MiniBrowser of any multiarch directory', () => {
    const arm = '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
    const w = world(['/usr/bin/WebKitWebDriver', arm], {
      dirs: { '/usr/lib': ['aarch64-linux-gnu'] },
    });
    expect(findWebKit(w)).toMatchObject({ browser: arm });
  });

  test('$WEBKIT_WEBDRIVER and $MINIBROWSER_PATH win, and must exist', () => {
    const w = world([...DEBIAN, '/opt/wk/driver', '/opt/wk/MiniBrowser'], {
      dirs: DEBIAN_DIRS,
      env: { WEBKIT_WEBDRIVER: '/opt/wk/driver', MINIBROWSER_PATH: '/opt/wk/MiniBrowser' },
    });
    expect(findWebKit(w)).toEqual({
      kind: 'webkitgtk',
      driver: '/opt/wk/driver',
      browser: '/opt/wk/MiniBrowser',
    });
    const bad = world(DEBIAN, { dirs: DEBIAN_DIRS, env: { MINIBROWSER_PATH: '/nowhere' } });
    expect(() => findWebKit(bad)).toThrow(/^MINIBROWSER_PATH is set to \/nowhere/);
  });

  test('a driver without its browser, or none at all: one line saying how to install it', () => {
    expect(() => findWebKit(world(['/usr/bin/WebKitWebDriver']))).toThrow(NO_WEBKIT_MESSAGE);
    expect(() => findWebKit(world([DEBIAN_MINIBROWSER], { dirs: DEBIAN_DIRS }))).toThrow(
      NO_WEBKIT_MESSAGE,
    );
    expect(NO_WEBKIT_MESSAGE).not.toContain('\n');
    expect(NO_WEBKIT_MESSAGE).toContain('apt-get install -y webkit2gtk-driver');
  });

  test("on macOS, Safari's safaridriver (and no MiniBrowser)", () => {
    expect(findWebKit(world(['/usr/bin/safaridriver'], { platform: 'darwin' }))).toEqual({
      kind: 'safari',
      driver: '/usr/bin/safaridriver',
    });
    expect(() => findWebKit(world([], { platform: 'darwin' }))).toThrow(NO_SAFARI_MESSAGE);
  });
});

describe('findXvfb and findEngines', () => {
  test('Xvfb from $XVFB_PATH, /usr/bin or $PATH; else one line', () => {
    expect(findXvfb(world(['/usr/bin/Xvfb']))).toBe('/usr/bin/Xvfb');
    expect(findXvfb(world(['/usr/local/bin/Xvfb']))).toBe('/usr/local/bin/Xvfb');
    expect(findXvfb(world(['/x/Xvfb'], { env: { XVFB_PATH: '/x/Xvfb' } }))).toBe('/x/Xvfb');
    expect(() => findXvfb(world([]))).toThrow(NO_XVFB_MESSAGE);
    expect(NO_XVFB_MESSAGE).toContain('apt-get install -y xvfb');
  });

  test('everything found on Debian', () => {
    expect(findEngines(world(DEBIAN, { dirs: DEBIAN_DIRS }))).toEqual({
      firefox: '/usr/lib/firefox-esr/firefox-esr',
      webkit: {
        kind: 'webkitgtk',
        driver: '/usr/bin/WebKitWebDriver',
        browser: DEBIAN_MINIBROWSER,
      },
      xvfb: '/usr/bin/Xvfb',
    });
  });

  test('each missing program is one line of the same error', () => {
    const error = (() => {
      try {
        findEngines(world(['/usr/bin/WebKitWebDriver', DEBIAN_MINIBROWSER], { dirs: DEBIAN_DIRS }));
      } catch (e) {
        return e as Error;
      }
      throw new Error('findEngines found a Firefox and an Xvfb that are not there');
    })();
    expect(error.message.split('\n')).toEqual([NO_FIREFOX_MESSAGE, NO_XVFB_MESSAGE]);
  });

  test('Safari needs no Xvfb', () => {
    const mac = world(
      ['/Applications/Firefox.app/Contents/MacOS/firefox', '/usr/bin/safaridriver'],
      { platform: 'darwin' },
    );
    expect(findEngines(mac).xvfb).toBeUndefined();
  });
});
