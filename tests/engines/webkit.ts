/**
 * WebKit through webdriverio over classic WebDriver: WebKitGTK's
 * `WebKitWebDriver` launching `MiniBrowser` in an Xvfb display of its own on
 * Linux, or Safari's `safaridriver` on macOS (written to the same protocol,
 * untested here). One driver (and display) per test file; each `Tab` is a
 * new WebDriver session, which starts a browser with a clean profile (about
 * half a second), so nothing carries from one journey to the next.
 *
 * Classic WebDriver has no console, error or network events and no offline
 * switch (WebKitWebDriver 2.50 has no BiDi), so the probe from driver.ts is
 * installed after every full load and read before the next, and `setOffline`
 * is absent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../scripts/serve-build.mjs';
import { remote } from 'webdriverio';
import type { WebKitFound } from '../../scripts/engines.mjs';
import { COMMAND_MS, EngineStuck, LOAD_MS, watchForHangs } from './stuck';
import {
  describe,
  drainProbe,
  installProbe,
  locate,
  poll,
  type Engine,
  type Query,
  type Tab,
} from './driver';
import { VIEWPORT } from './firefox';
import { stop } from './processes';

type Session = WebdriverIO.Browser;

/** The last lines a child wrote to stderr, for errors. */
function tail(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-2000);
  });
  return () => text.trim();
}

/**
 * Starts Xvfb on the first free display (`-displayfd` makes the server pick
 * one and tell us), so runs on one machine never share a display.
 */
async function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(
    xvfb,
    [
      '-displayfd',
      '3',
      '-screen',
      '0',
      `${VIEWPORT.width}x${VIEWPORT.height + 124}x24`,
      '-nolisten',
      'tcp',
      // Xvfb resets when its last client leaves: each journey's MiniBrowser
      // goes before the next one comes, and one that came during a reset
      // could not open the display, and its session never started.
      '-noreset',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const stderr = tail(child);
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr()}`)));
  });
  return { display, process: child };
}

/** Waits until a WebDriver server answers /status as ready. */
async function waitForDriver(url: string, child: ChildProcess, stderr: () => string) {
  await poll(
    async () => {
      if (child.exitCode !== null) throw new Error(`The WebDriver exited: ${stderr()}`);
      try {
        const response = await fetch(`${url}/status`, { signal: AbortSignal.timeout(2000) });
        const body = (await response.json()) as { value?: { ready?: boolean } };
        return body.value?.ready === true;
      } catch {
        return false;
      }
    },
    Boolean,
    { timeout: 15_000, message: `the WebDriver at ${url}` },
  );
}

/** A running WebKitWebDriver (and its display): what a stuck browser is replaced with. */
interface Driver {
  readonly port: number;
  /** What the driver and the browsers it started last wrote to stderr. */
  readonly said: () => string;
  /** Ends the driver and every browser it started, and the display. */
  readonly stop: () => Promise<void>;
}

/**
 * Starts the display (WebKitGTK) and the driver. Stopping it ends the
 * MiniBrowsers it started too, even one that no longer answers (`stop`).
 */
async function startDriver(found: WebKitFound, xvfb: string | undefined): Promise<Driver> {
  const children: ChildProcess[] = [];
  const env = { ...process.env };
  if (found.kind === 'webkitgtk') {
    if (!xvfb) throw new Error('WebKitGTK needs Xvfb, and none was found.');
    const x = await startXvfb(xvfb);
    children.push(x.process);
    env.DISPLAY = x.display;
  }
  const port = await freePort();
  const driver = spawn(found.driver, [`--port=${port}`], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(driver);
  const said = tail(driver);
  const onExit = () => children.forEach((child) => child.kill('SIGKILL'));
  process.once('exit', onExit);
  const stopAll = async () => {
    process.off('exit', onExit);
    for (const child of children.reverse()) await stop(child);
  };
  try {
    await waitForDriver(`http://127.0.0.1:${port}`, driver, said);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { port, said, stop: stopAll };
}

/**
 * How long a session may take to start: half a second here, a few seconds on
 * a loaded machine. Under load (two busy loops on a two-core machine), one
 * start in a few dozen never answered at all.
 */
const SESSION_MS = 20_000;

export async function launchWebKit(found: WebKitFound, xvfb: string | undefined): Promise<Engine> {
  let driver = await startDriver(found, xvfb);
  /** A session started ahead of the next tab. */
  let spare: Session | undefined;
  const hangs = watchForHangs('webkit', {
    said: () => driver.said(),
    anew: 'a new driver and display',
    async restart() {
      spare = undefined;
      await driver.stop();
      driver = await startDriver(found, xvfb);
    },
  });

  // WebKitGTK's own capability is not in webdriverio's types.
  const capabilities: Record<string, unknown> =
    found.kind === 'webkitgtk'
      ? {
          browserName: 'MiniBrowser',
          // WebKitWebDriver refuses a session that asks for BiDi.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] },
        }
      : { browserName: 'safari', 'wdio:enforceWebDriverClassic': true };
  const newSession = () =>
    hangs.guard(
      'starting a browser session',
      SESSION_MS,
      remote({
        hostname: '127.0.0.1',
        port: driver.port,
        path: '/',
        capabilities: capabilities as WebdriverIO.Capabilities,
        // Every failure reaches us as a thrown error; webdriverio's own log of
        // a request we gave up on would only confuse the report.
        logLevel: 'silent',
        // Our deadlines (stuck.ts) say when a command is stuck, so webdriverio's
        // own must come later; its default (120 s, three times) would outlast
        // the test.
        connectionRetryTimeout: Math.max(SESSION_MS, LOAD_MS, COMMAND_MS) + 10_000,
        connectionRetryCount: 0,
      }),
    );

  // One session to learn the version, and to fail here rather than in a
  // journey. A first start that fails, in any way, is tried once more with a
  // new driver and display, as Firefox's is: a refusal there would otherwise
  // fail every WebKit journey at once (the likeliest reading of a CI run
  // whose engines ended a minute early, never seen here).
  const first = await newSession().catch(async (error: unknown) => {
    const why = error instanceof Error ? error.message : String(error);
    console.error(`webkit: the first session did not start, trying once more: ${why}`);
    // A hang's message already carries what the driver last said.
    const said = error instanceof EngineStuck ? '' : driver.said();
    if (said) console.error(`webkit: the driver last said:\n${said}`);
    await hangs.recover();
    return newSession();
  });
  const caps = first.capabilities as { browserName?: string; browserVersion?: string };
  const version = `${caps.browserName ?? found.kind} ${caps.browserVersion ?? ''}`.trim();
  spare = first;

  return {
    name: 'webkit',
    version,
    open: (baseURL) =>
      hangs.open(async () => {
        const session = spare ?? (await newSession());
        spare = undefined;
        return hangs.guard('opening a page', COMMAND_MS, openTab(session, baseURL));
      }),
    async close() {
      if (spare) {
        await hangs
          .guard('ending a session', COMMAND_MS, spare.deleteSession())
          .catch(() => undefined);
      }
      await driver.stop();
    },
  };
}

async function openTab(session: Session, baseURL: string): Promise<Tab> {
  await session.setWindowSize(VIEWPORT.width, VIEWPORT.height).catch(() => undefined);
  const problems: string[] = [];
  const run = <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A) =>
    session.execute(fn as never, ...(args as unknown as never[])) as Promise<R>;

  /** Reads what the probe holds before the document goes away. */
  const drain = async () => {
    const recorded = await run(drainProbe).catch(() => null);
    if (recorded) problems.push(...recorded);
  };
  /** After a load: the probe is installed again (it does nothing where it already is). */
  const arm = () => run(installProbe);

  const element = async (query: Query) => {
    const found = (await run(locate, query)) as unknown as
      { element: Parameters<Session['$']>[0] } | { missing: string };
    if ('missing' in found) throw new Error(`Cannot find ${describe(query)}: ${found.missing}`);
    return session.$(found.element);
  };
  const url = (path: string) => new URL(path, baseURL).href;

  return {
    engine: 'webkit',
    baseURL,
    async goto(path) {
      await drain();
      await session.url(url(path));
      await arm();
    },
    async reload() {
      await drain();
      await session.refresh();
      await arm();
    },
    async back() {
      await drain();
      await session.back();
      await arm();
    },
    async forward() {
      await drain();
      await session.forward();
      await arm();
    },
    url: () => session.getUrl(),
    evaluate: run,
    async click(query) {
      await (await element(query)).click();
    },
    async type(query, text) {
      const el = await element(query);
      await el.click();
      await el.addValue(text);
    },
    async screenshot(path) {
      await run(
        () =>
          new Promise<void>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
          ),
      );
      await session.saveScreenshot(path);
    },
    async problems() {
      await drain();
      return problems.splice(0);
    },
    async close() {
      await session.deleteSession();
    },
  };
}
