import { hydrate, mount } from 'svelte';
import './ui/shell/global.css';
import App from './ui/shell/App.svelte';
import { Guide, browserEnv } from './ui/shell/guide.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the guide into.');

const guide = new Guide(browserEnv());
// The build prerenders the start view of a fresh visit. Take it over in place
// when that is what this visit shows; anything else (a link, a restored
// session, a notice) renders afresh.
if (target.hasChildNodes() && guide.view.kind === 'start' && guide.notices.length === 0) {
  hydrate(App, { target, props: { guide } });
} else {
  target.replaceChildren();
  mount(App, { target, props: { guide } });
}

if (import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void import('./ui/shell/register-sw').then(({ registerServiceWorker }) =>
      registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`),
    );
  });
}
