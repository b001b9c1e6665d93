/**
 * Registers the service worker that keeps the guide working offline, once the
 * page has loaded. Loaded late, so none of it weighs on the first view.
 */
/**
 * Settles once the browser has taken the worker or refused it. A refusal
 * (site data blocked, a private window, an insecure origin) only costs the
 * offline copy: the guide itself works the same, so nothing is said.
 */
export async function registerServiceWorker(url: string, onUpdateReady: () => void): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  // Its download of every file would compete with the page's own.
  if (document.readyState !== 'complete') {
    await new Promise((loaded) => window.addEventListener('load', loaded, { once: true }));
  }
  // The first worker to claim a page runs the same version as the page: nothing
  // to tell. A worker that replaces another skips waiting and takes over at
  // once, while this page still runs the old code until it reloads, so say so.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) onUpdateReady();
    controlled = true;
  });
  try {
    await navigator.serviceWorker.register(url);
  } catch {
    // Refused: the guide runs online only, as it would without service workers.
  }
}
