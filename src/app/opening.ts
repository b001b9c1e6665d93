/**
 * What the guide opens on, worked out without the machine: the browser's
 * address, its history entry and the saved record. This is all the first view
 * needs, so XState and the machine can load later (`session.svelte.ts`).
 */
import type { OutcomeId } from '../flow/questions';
import { SAVED_KEY, ageOf, holdsAnything, parseSaved, type ReadRecord } from './saved';
import { safeStore, type SafeStore } from '../platform/storage';

/** Something the person is told once, at the top of the page. */
export type NoticeId = 'link' | 'unreadable' | 'unavailable' | 'expired' | 'cleared';

/** What the guide needs from the browser; tests pass their own. */
export interface GuideEnv {
  readonly location: Pick<Location, 'pathname' | 'search' | 'hash' | 'origin'>;
  readonly history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  readonly store: SafeStore;
  /** The app's own path, where every view's URL lives. */
  readonly base: string;
  /** The time, in ms since 1970; `Date.now` unless a test says otherwise. */
  readonly now?: () => number;
}

/** The time now, by the environment's clock. */
export function nowOf(env: GuideEnv): number {
  return (env.now ?? Date.now)();
}

export function browserEnv(): GuideEnv {
  return {
    location: window.location,
    history: window.history,
    store: safeStore(SAVED_KEY, () => window.localStorage),
    base: import.meta.env.BASE_URL,
  };
}

/**
 * The history entry's own state: which of two views that share their answers
 * it is (the start or the first question; an outcome or its follow-up question).
 */
export interface EntryState {
  readonly guide: 1;
  readonly start: boolean;
  /** Absent from entries made before the follow-up question existed. */
  readonly followUp?: boolean;
}

export function entryState(value: unknown): EntryState | undefined {
  const entry = value as Partial<EntryState> | null;
  if (entry?.guide !== 1 || typeof entry.start !== 'boolean') return undefined;
  if (entry.followUp !== undefined && typeof entry.followUp !== 'boolean') return undefined;
  return entry as EntryState;
}

/** Whether `pathname` is one the guide makes: its base, or the base's index.html. */
export function isOwnPath(env: GuideEnv): boolean {
  const { pathname } = env.location;
  return pathname === env.base || pathname === `${env.base}index.html`;
}

/**
 * Whether this visit opens on the start view: no answers in the address, and
 * no history entry of this tab that stands for the first question.
 */
export function opensAtStart(env: GuideEnv): boolean {
  if (env.location.search.length > 1) return false;
  const entry = entryState(env.history.state);
  return !entry || entry.start;
}

/**
 * The address and this tab's history entry, as read at one moment: where the
 * visit opened, which is what the first view shows until the guide has loaded.
 */
export interface Entry {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly state: unknown;
}

export function entryOf({ location, history }: GuideEnv): Entry {
  const { pathname, search, hash } = location;
  return { pathname, search, hash, state: history.state as unknown };
}

/**
 * The environment as it was at `entry`, for working out where to open
 * (`landingFor` reads the address and the entry's state, and writes nothing).
 */
export function envAt(env: GuideEnv, entry: Entry): GuideEnv {
  const { pathname, search, hash, state } = entry;
  const { history } = env;
  return {
    ...env,
    location: { pathname, search, hash, origin: env.location.origin },
    history: {
      state,
      pushState: (...args) => history.pushState(...args),
      replaceState: (...args) => history.replaceState(...args),
    },
  };
}

/** Whether the browser is on another entry (or address) than `entry` now: Back, Forward, a fragment link. */
export function hasMoved(env: GuideEnv, entry: Entry): boolean {
  const now = entryOf(env);
  return (
    now.pathname !== entry.pathname ||
    now.search !== entry.search ||
    now.hash !== entry.hash ||
    JSON.stringify(now.state) !== JSON.stringify(entry.state)
  );
}

/** What storage held when the guide opened, once checked. */
export interface Opening {
  /** False when storage could not be read: what it holds is never overwritten unread. */
  readonly writable: boolean;
  /** The record, when it was whole, well-formed and not too old. */
  readonly saved: ReadRecord | undefined;
  /** Notices about storage, to show. */
  readonly notices: readonly NoticeId[];
}

/**
 * Reads and checks the saved record, once. A record over 30 days old is
 * removed from storage here, and the person told; one that cannot be read is
 * left for the next write to replace.
 */
export function readOpening(env: GuideEnv): Opening {
  const { store } = env;
  const read = store.read();
  if (read.status === 'unavailable')
    return { writable: false, saved: undefined, notices: [read.status] };
  if (read.status === 'empty') return { writable: true, saved: undefined, notices: [] };
  const saved = read.status === 'ok' ? parseSaved(read.value) : undefined;
  if (!saved) return { writable: true, saved: undefined, notices: ['unreadable'] };
  const age = ageOf(saved, nowOf(env));
  if (age === 'future') return { writable: true, saved: undefined, notices: ['unreadable'] };
  if (age === 'expired') {
    store.clear();
    return { writable: true, saved: undefined, notices: ['expired'] };
  }
  return { writable: true, saved, notices: [] };
}

/** A saved session that waits on the start page for the person to continue it or start again. */
export interface Waiting {
  /** Where it had got to: an outcome, or null for a question (or the start). */
  readonly outcome: OutcomeId | null;
}

/** The record that waits, if this visit opens on the start view with one that holds anything. */
export function waitingRecord(env: GuideEnv, opening: Opening): ReadRecord | undefined {
  const { saved } = opening;
  return saved && opensAtStart(env) && holdsAnything(saved) ? saved : undefined;
}
