/**
 * The browser's history: each step the person takes gets an entry of its
 * own, holding the view's share link and which of two views that share it is
 * on screen (see `EntryState`).
 */
import type { ViewChoice } from '../flow/view';
import { afterPaint } from '../platform/after-paint';
import type { EntryState, GuideEnv } from './opening';

export class HistoryWriter {
  readonly #env: Pick<GuideEnv, 'history' | 'base'>;
  /** Entries not written yet, in order. */
  #waiting: (() => void)[] = [];
  /** Whether they already wait for the next paint. */
  #paintAwaited = false;

  constructor(env: Pick<GuideEnv, 'history' | 'base'>) {
    this.#env = env;
  }

  /** A new entry for a step, once the browser has painted the view it leads to. */
  push(link: string, choice: Required<ViewChoice>) {
    this.#later(this.#write('push', link, choice));
  }

  /** This entry, made over: at once, unless entries before it still wait (it then waits its turn). */
  replace(link: string, choice: Required<ViewChoice>) {
    const write = this.#write('replace', link, choice);
    if (this.#waiting.length === 0) return write();
    this.#later(write);
  }

  /** Makes the entries still waiting, in order. */
  flush() {
    const writes = this.#waiting;
    this.#waiting = [];
    for (const write of writes) write();
  }

  /** Forgets the entries still waiting: the browser has moved to another, and they belong to a step left behind. */
  drop() {
    this.#waiting = [];
  }

  #write(how: 'push' | 'replace', link: string, choice: Required<ViewChoice>) {
    const { history, base } = this.#env;
    const url = `${base}${link}`;
    const state: EntryState = { guide: 1, ...choice };
    return () =>
      how === 'push' ? history.pushState(state, '', url) : history.replaceState(state, '', url);
  }

  /**
   * A history entry costs Chromium a millisecond or two, a slow phone several
   * times that: a step's entry waits until the browser has painted the view
   * the step leads to. Writes keep their order.
   */
  #later(write: () => void) {
    this.#waiting.push(write);
    if (this.#paintAwaited) return;
    this.#paintAwaited = true;
    void afterPaint().then(() => {
      this.#paintAwaited = false;
      this.flush();
    });
  }
}
