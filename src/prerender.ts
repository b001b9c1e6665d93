/**
 * The server entry used at build time: renders the start view, so it arrives
 * with the HTML itself, before any script runs. See `prerenderStartView` in
 * vite.config.ts. The start view needs none of the machine, so neither does this.
 */
import { render } from 'svelte/server';
import { ui } from './content';
import { SAVED_KEY } from './app/saved';
import { memoryStorage, safeStore } from './platform/storage';
import App from './ui/shell/App.svelte';
import type { GuideEnv } from './app/opening';
import { Session } from './app/session.svelte';

/** A browser with nothing in it: no link, no history, empty storage. */
function freshVisit(base: string): GuideEnv {
  const storage = memoryStorage();
  return {
    location: { pathname: base, search: '', hash: '', origin: '' },
    history: { state: null, pushState() {}, replaceState() {} },
    store: safeStore(SAVED_KEY, () => storage),
    base,
  };
}

/** The start view's markup for `#app`, what it puts in `<head>`, and the no-script notice. */
export function renderStartView(base = '/') {
  const { body, head } = render(App, { props: { session: new Session(freshVisit(base)) } });
  return { body, head, noscript: ui.noscript };
}
