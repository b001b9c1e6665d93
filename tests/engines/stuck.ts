/**
 * When a browser, not the guide, stops answering.
 *
 * Once, on a fresh CI machine, one WebKit journey out of twelve sat for the
 * whole 60 s test timeout with nothing said: some WebDriver command never
 * answered, and nothing here could tell which. Every command to the driver now
 * has a deadline (`withDeadline`), so a hang fails in seconds and names the
 * command it hung on, with what the driver last wrote.
 *
 * A journey that hit such a hang runs once more, in a fresh browser
 * (`runJourney`), and says so in the output. Only a hang is run again: a
 * failed expectation, a missing element or a page error fails the journey the
 * first time, and so does a second hang.
 */
import { describe, type EngineName, type Tab } from './driver';

/** A command to the browser that did not answer in time. */
export class EngineStuck extends Error {
  override name = 'EngineStuck';
}

/**
 * `work`, or an `EngineStuck` naming `what` once `ms` have passed without an
 * answer. `said` adds what the driver last printed, for the error.
 */
export function withDeadline<T>(
  what: string,
  ms: number,
  work: Promise<T>,
  said: () => string = () => '',
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const words = said();
      reject(
        new EngineStuck(
          `${what} did not answer in ${ms / 1000} s${words ? `; the driver last said:\n${words}` : ''}`,
        ),
      );
    }, ms);
  });
  // The late answer, if one ever comes, has no one left to hear it.
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** How long a load (goto, reload, back, forward) may take: under a second here. */
export const LOAD_MS = 20_000;
/** How long any other command may take: milliseconds here. */
export const COMMAND_MS = 15_000;

/** A deadline that also tells the engine its browser hung (`withDeadline`). */
export type Guard = <T>(what: string, ms: number, work: Promise<T>) => Promise<T>;

/**
 * A guard for one engine: each hang is named for it, carries what `said`
 * returns, and calls `onStuck` (the engine then starts a fresh browser for
 * the next tab).
 */
export function guardFor(engine: string, said: () => string, onStuck: () => void): Guard {
  return (what, ms, work) =>
    withDeadline(`${engine}: ${what}`, ms, work, said).catch((error: unknown) => {
      if (error instanceof EngineStuck) onStuck();
      throw error;
    });
}

/** `tab`, with a deadline on every command it sends. */
export function guardTab(tab: Tab, guard: Guard): Tab {
  const load = (what: string, work: Promise<void>) => guard(what, LOAD_MS, work);
  const command = <T>(what: string, work: Promise<T>) => guard(what, COMMAND_MS, work);
  const { setOffline } = tab;
  return {
    engine: tab.engine,
    baseURL: tab.baseURL,
    goto: (url) => load(`loading ${url}`, tab.goto(url)),
    reload: () => load('reloading', tab.reload()),
    back: () => load('going back', tab.back()),
    forward: () => load('going forward', tab.forward()),
    url: () => command('reading the address', tab.url()),
    evaluate: (fn, ...args) =>
      command(`running ${fn.name || 'a script'} in the page`, tab.evaluate(fn, ...args)),
    click: (query) => command(`clicking ${describe(query)}`, tab.click(query)),
    type: (query, text) => command(`typing into ${describe(query)}`, tab.type(query, text)),
    ...(setOffline && {
      setOffline: (offline: boolean) =>
        command(`going ${offline ? 'offline' : 'online'}`, setOffline(offline)),
    }),
    screenshot: (path) => command('taking a screenshot', tab.screenshot(path)),
    problems: () => command('reading what the page reported', tab.problems()),
    close: () => command('closing the page', tab.close()),
  };
}

/** What an engine does about hangs (`watchForHangs`). */
export interface HangWatch {
  /** Deadlines for the engine's own commands outside a page (a session start). */
  readonly guard: Guard;
  /** Whether a command has hung since the browser last started. */
  readonly hung: () => boolean;
  /** Replaces the browser now (`restart`), and forgets the hang. */
  readonly recover: () => Promise<void>;
  /**
   * Replaces a hung browser first, then opens a page (`openTab`, which puts
   * its own deadlines on opening it) with a deadline on every command.
   */
  readonly open: (openTab: () => Promise<Tab>) => Promise<Tab>;
}

/**
 * An engine's side of a hang, the same in every engine: each command has a
 * deadline, a hang marks the browser, and the next page opens only once
 * `restart` has replaced it with `anew` (for the log line).
 */
export function watchForHangs(
  engine: EngineName,
  { said, restart, anew }: { said: () => string; restart: () => Promise<void>; anew: string },
): HangWatch {
  let stuck = false;
  const guard = guardFor(engine, said, () => (stuck = true));
  const recover = async () => {
    await restart();
    stuck = false;
  };
  return {
    guard,
    hung: () => stuck,
    recover,
    async open(openTab) {
      if (stuck) {
        console.error(`${engine}: a command hung; starting ${anew}`);
        await recover();
      }
      return guardTab(await openTab(), guard);
    },
  };
}

/** What one attempt at a journey needs, from the engine and the journey. */
export interface Attempt<T> {
  /** Opens a fresh page (after a hang, in a fresh browser). */
  open: () => Promise<T>;
  /** The journey itself, and its checks. */
  body: (tab: T) => Promise<void>;
  /** Closes the page; a close that fails after a failure is not the news. */
  close: (tab: T) => Promise<void>;
  /** Where a rerun is announced. */
  log: (line: string) => void;
  /** The journey's name, for that line. */
  name: string;
}

/**
 * Runs a journey; if it hung (`EngineStuck`), runs it once more from a fresh
 * page and says so. A page is closed after each attempt, except one that hung
 * (the engine ends that browser before the next page opens). Any other
 * failure, and a second hang, is the journey's result. Returns how many
 * attempts it took.
 */
export async function runJourney<T>({ open, body, close, log, name }: Attempt<T>): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const tab = await open();
      try {
        await body(tab);
      } catch (error) {
        // A hung browser would only hang its close too: the engine ends it.
        if (!(error instanceof EngineStuck)) await close(tab).catch(() => undefined);
        throw error;
      }
      await close(tab).catch((error: unknown) => {
        // The journey passed; the engine replaces a browser that hung.
        if (!(error instanceof EngineStuck)) throw error;
        log(`${name}: passed, then closing hung (${error.message})`);
      });
      return attempt;
    } catch (error) {
      if (attempt === 1 && error instanceof EngineStuck) {
        log(`${name}: the browser stopped answering (${error.message}); running it once more`);
        continue;
      }
      throw error;
    }
  }
}
