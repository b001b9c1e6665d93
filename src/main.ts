import { hydrate, mount } from 'svelte';
import './ui/shell/global.css';
import App from './ui/shell/App.svelte';
import { browserEnv } from './ui/shell/opening';
import { Session } from './ui/shell/session.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the guide into.');

// The first view needs none of XState or the machine: a fresh visit's start
// page is taken over as it is, and the guide loads on intent or at idle.
const session = new Session(browserEnv());
if (session.view?.kind === 'start' && session.notices.length === 0 && !session.waiting) {
  // The build prerenders the start view of a fresh visit: take it over in place.
  hydrate(App, { target, props: { session } });
} else {
  // Anything else (a link, a saved session that waits, a notice) renders afresh,
  // once what it shows has loaded; a load that fails shows the error panel.
  // (No top-level await: it would split the first view's code into many chunks.)
  const guide = session.needsGuide ? session.load() : undefined;
  const prompt = session.waiting ? import('./ui/start/ResumePrompt.svelte') : undefined;
  void Promise.allSettled([guide, prompt]).then(() => {
    target.replaceChildren();
    mount(App, { target, props: { session } });
  });
}

if (import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void import('./ui/shell/register-sw').then(({ registerServiceWorker }) =>
      registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`),
    );
  });
}
