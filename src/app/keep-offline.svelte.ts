/**
 * The offline copy of the guide: its service worker registered, and the page
 * told when a new version has taken over (a reload would show it).
 *
 * The worker's install downloads every file of the site. On a slow phone it
 * competes with whatever the page runs at the time for the phone's cores, so
 * it waits for a pause: the app calls this once its own idle work is done
 * (main.ts, `afterAhead`), and the registration waits until no step has been
 * taken for `PAUSE_MS` more.
 */
import { registerServiceWorker } from '../platform/register-sw';
import { offline } from './offline.svelte';

/** How long the person stays on one view before the worker installs. */
export const PAUSE_MS = 1000;

let asked = false;

/**
 * Registers the worker once `step()` (read as a rune: the view on screen) has
 * not changed for PAUSE_MS; once, however often it is asked.
 */
export function keepOffline(step: () => unknown): void {
  if (asked) return;
  asked = true;
  const stop = $effect.root(() => {
    $effect(() => {
      step();
      const timer = setTimeout(() => {
        stop();
        void registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`, () => {
          offline.updateReady = true;
        });
      }, PAUSE_MS);
      return () => clearTimeout(timer);
    });
  });
}
