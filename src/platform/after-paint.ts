/**
 * Work that can wait until the person sees the step they asked for (a history
 * entry, the focus move) waits for this: the next frame, then a task of its
 * own, by when the browser has painted what is in the DOM now. A hidden tab
 * paints no frames, so a timer stands in there.
 */
const HIDDEN_TAB_WAIT_MS = 100;

export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    afterNextFrame(done);
    setTimeout(done, HIDDEN_TAB_WAIT_MS);
  });
}

/**
 * Calls back in a task of its own after the next frame, by when the browser
 * has painted what is in the DOM now. Unlike `afterPaint`, nothing stands in
 * for the frame while the page is hidden: it suits work only seen on screen,
 * which then waits until the page is shown again, and saves a timer.
 */
export function afterNextFrame(callback: () => void): void {
  // Where nothing paints (rendering the start page at build time), a task will do.
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(callback, 0);
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/** The longest a task put off until idle waits for a quiet moment. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Resolves when the browser is idle (or after two seconds at most): for work
 * that should be done before the person needs it, but not in the way of
 * anything they are waiting for now, such as running the code of the next view.
 */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    } else setTimeout(resolve, 0);
  });
}
