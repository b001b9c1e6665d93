/**
 * The guide as the first view knows it, before XState and the machine have
 * loaded: what the address and storage say to open on (`opening.ts`), the
 * notices, a saved session that waits on the start page, and the guide
 * itself once its code has loaded, on the person's intent or at idle.
 *
 * The first view of a fresh visit (the start page) needs none of the
 * machine, so `guide.svelte.ts`, XState and the machine are a chunk of their
 * own. A visit that opens anywhere else (a share link, a reload on a question,
 * a previous version's record, a fragment to report) loads it at once.
 */
import type { View } from '../flow/view';
import { forgetSession } from './forget';
import type { Guide } from './guide.svelte';
import {
  entryOf,
  isOwnPath,
  opensAtStart,
  readOpening,
  waitingRecord,
  type Entry,
  type GuideEnv,
  type NoticeId,
  type Opening,
  type Waiting,
} from './opening';

const START: View = { kind: 'start' };

export class Session {
  /** The guide, once its code has loaded. */
  guide = $state.raw<Guide>();
  /** Whether a step the person took waits for the guide's code. */
  pending = $state(false);

  /** Notices and the waiting session, until the guide takes them over. */
  #notices = $state.raw<readonly NoticeId[]>([]);
  #waiting = $state.raw<Waiting>();
  #opening: Opening;
  /** The address and history entry the visit opened on: the guide opens there too. */
  readonly #opened: Entry;
  #loading: Promise<Guide> | undefined;
  readonly #env: GuideEnv;
  /** Whether the visit opened on the start page, which needs no guide. */
  readonly #openedOnStart: boolean;
  #needsGuide = $state(false);

  constructor(env: GuideEnv) {
    this.#env = env;
    this.#opened = entryOf(env);
    this.#opening = readOpening(env);
    this.#notices = this.#opening.notices;
    const waits = waitingRecord(env, this.#opening);
    if (waits?.v === 2) this.#waiting = { outcome: waits.outcome };
    this.#openedOnStart =
      opensAtStart(env) && !env.location.hash && isOwnPath(env) && waits?.v !== 1;
    this.#needsGuide = !this.#openedOnStart;
  }

  /**
   * Whether the view on screen needs the guide: anything but the start page
   * (or a saved session from the previous version, whose outcome only the
   * machine can work out), and any entry the browser moved to before the
   * guide had loaded but the start page's.
   */
  get needsGuide(): boolean {
    return this.#needsGuide;
  }

  /** What is on screen: the start page until the guide has loaded, unless it needs the guide. */
  get view(): View | undefined {
    return this.guide?.view ?? (this.needsGuide ? undefined : START);
  }

  get notices(): readonly NoticeId[] {
    return this.guide?.notices ?? this.#notices;
  }

  /** The saved session that waits on the start page, if any. */
  get waiting(): Waiting | undefined {
    return this.guide ? this.guide.waiting : this.#waiting;
  }

  /** Loads the guide's code (XState, the machine) and makes the guide; once, retried after a failure. */
  load(): Promise<Guide> {
    return (this.#loading ??= import('./guide.svelte').then(
      ({ Guide }) =>
        (this.guide = new Guide(this.#env, this.#opening, this.#notices, this.#opened)),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    ));
  }

  /**
   * Does what the person asked with the guide: at once when it has loaded,
   * or once it has (`pending` meanwhile). A load that fails is the caller's.
   */
  act(step: (guide: Guide) => void): Promise<void> {
    if (this.guide) return Promise.resolve(step(this.guide));
    if (this.pending) return Promise.resolve();
    this.pending = true;
    return this.load().then(
      (guide) => {
        this.pending = false;
        step(guide);
      },
      (error: unknown) => {
        this.pending = false;
        throw error;
      },
    );
  }

  /**
   * The browser moved to another history entry (Back, Forward, a fragment
   * link): the guide follows it, once it has loaded. Until then the start
   * page stays only on an entry of the start page's: any other view waits for
   * the guide, rather than the start page showing on and giving way to it
   * later with no step of the person's.
   */
  followUrl(): Promise<void> {
    if (!this.guide && this.#openedOnStart) this.#needsGuide = !opensAtStart(this.#env);
    return this.act((guide) => guide.followUrl());
  }

  dismiss(notice: NoticeId) {
    if (this.guide) return this.guide.dismiss(notice);
    this.#notices = this.#notices.filter((n) => n !== notice);
  }

  /**
   * Clears everything the guide keeps on this device. Before the guide has
   * loaded, the start page is all there is: storage is cleared here, and the
   * guide, when it loads, opens on nothing.
   */
  clear() {
    if (this.guide) return this.guide.clear();
    const { notices, waiting } = forgetSession(this.#env.store, this.#opening.writable);
    this.#opening = { ...this.#opening, saved: undefined };
    this.#waiting = waiting;
    this.#notices = [...notices, 'cleared'];
  }

  /** Saves what waits to be saved (the page is being hidden, or left). */
  persist() {
    this.guide?.persist();
  }

  /**
   * The page was hidden or shown again. A hidden page may be frozen or
   * discarded with no `pagehide`, so what waits is saved as it is hidden.
   */
  visibilityChanged(state: DocumentVisibilityState) {
    if (state === 'hidden') this.persist();
  }
}
