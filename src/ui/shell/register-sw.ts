/**
 * Registers the service worker that keeps the guide working offline. Loaded
 * after the page has loaded, so none of it weighs on the first view.
 */
import { offline } from './offline.svelte';

export function registerServiceWorker(url: string) {
  if (!('serviceWorker' in navigator)) return;
  // The first worker to claim a page runs the same version as the page: nothing
  // to tell. A worker that replaces another skips waiting and takes over at
  // once, while this page still runs the old code until it reloads, so say so.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) offline.updateReady = true;
    controlled = true;
  });
  void navigator.serviceWorker.register(url);
}
