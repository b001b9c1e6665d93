/**
 * Test only: a browser for the guide adapter without a browser: its own URL
 * and history entry, and the storage given.
 */
import { SAVED_KEY } from './saved';
import { safeStore } from '../platform/storage';
import type { GuideEnv } from './guide.svelte';

/** `now`: the clock the guide dates its records by (the real one unless given). */
export function fakeEnv(
  storage: Storage,
  now: () => number = Date.now,
): GuideEnv & { readonly entries: string[] } {
  const location = { pathname: '/', search: '', hash: '', origin: 'https://guide.example' };
  let state: unknown = null;
  /** Every URL written, pushed or replaced, in order. */
  const entries: string[] = [];
  const go = (next: unknown, url: string | URL | null | undefined) => {
    state = next;
    const parsed = new URL(String(url ?? ''), location.origin);
    location.pathname = parsed.pathname;
    location.search = parsed.search;
    entries.push(`${parsed.pathname}${parsed.search}`);
  };
  return {
    location,
    history: {
      get state() {
        return state;
      },
      pushState: (next, _title, url) => go(next, url),
      replaceState: (next, _title, url) => go(next, url),
    },
    store: safeStore(SAVED_KEY, () => storage),
    base: '/',
    now,
    entries,
  };
}
