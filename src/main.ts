import { hydrate, mount } from 'svelte';
import './ui/shell/global.css';
import './site/site.css';
import App from './ui/shell/App.svelte';
import { browserEnv } from './app/opening';
import { Session } from './app/session.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the guide into.');

// The first view needs none of XState or the machine: a fresh visit's start
// page is taken over as it is, and the guide loads on intent or at idle.
const session = new Session(browserEnv());
const props = { session, afterAhead: keepOffline };
if (session.view?.kind === 'start' && session.notices.length === 0 && !session.waiting) {
  // The build prerenders the start view of a fresh visit: take it over in place.
  hydrate(App, { target, props });
} else {
  // Anything else renders afresh. A saved session that waits is offered on a
  // start page that looks like the prerendered one until its chunk is in (no
  // top-level await: it would split the first view's code into many chunks).
  // Anything past the start page mounts at once: the page's frame, with the
  // view to come once the guide and its code have loaded.
  const show = () => {
    target.replaceChildren();
    mount(App, { target, props });
  };
  if (session.waiting && !session.needsGuide) {
    import('./ui/start/ResumePrompt.svelte').then(show, show);
  } else show();
}

/**
 * The offline copy, once the work the app puts off until idle is done and the
 * person pauses (`keep-offline.svelte.ts`): the service worker's install would
 * compete with both for a slow phone's cores.
 */
function keepOffline() {
  if (import.meta.env.PROD)
    void import('./app/keep-offline.svelte').then((m) => m.keepOffline(() => session.view));
}
