/**
 * The offline copy of the guide: its service worker registered, and the page
 * told when a new version has taken over (a reload would show it).
 */
import { registerServiceWorker } from '../platform/register-sw';
import { offline } from './offline.svelte';

let kept: Promise<void> | undefined;

/** Registers the worker, once however often it is asked. */
export function keepOffline(): Promise<void> {
  kept ??= registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`, () => {
    offline.updateReady = true;
  });
  return kept;
}
