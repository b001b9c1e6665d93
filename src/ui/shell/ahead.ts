/**
 * What Start needs, loaded ahead of need while the person reads the start
 * page: the machine (with XState), the question page, the first question's
 * progress count and the guide. Each piece runs in an idle task of its own,
 * so no one task holds the page for long (in one piece, the load, evaluation
 * and compilation of all of it took hundreds of ms on a slow phone).
 * Whatever the person does meanwhile (pointing at Start, pressing it) loads
 * what it needs at once, whatever is left here. It stops when `signal` is
 * aborted (the app is gone): a guide made after that would be no one's.
 */
import type { Session } from '../../app/session.svelte';
import { whenIdle } from '../../platform/after-paint';

/** Code loaded on its own, such as a view's component (`Lazy`). */
interface Loadable {
  load(): Promise<unknown>;
}

/** The most time one idle task spends on work split into small units. */
const SLICE_MS = 10;

/** Does an iterator's units of work in idle tasks, as many in each as fit in SLICE_MS. */
async function inSlices(work: Iterator<unknown>, signal: AbortSignal): Promise<void> {
  for (;;) {
    await whenIdle();
    if (signal.aborted) return;
    const until = performance.now() + SLICE_MS;
    do {
      if (work.next().done) return;
    } while (performance.now() < until);
  }
}

export async function loadAhead(
  session: Session,
  questionView: Loadable,
  signal: AbortSignal,
): Promise<void> {
  const pieces: (() => Promise<unknown>)[] = [
    () => import('../../flow/machine'),
    () => import('../../flow/view'),
    () => import('../../flow/progress'),
    // The question page's parts, then the page.
    () => import('../answers/AnswersSummary.svelte'),
    () => questionView.load(),
  ];
  for (const piece of pieces) {
    await whenIdle();
    if (signal.aborted) return;
    await piece();
  }
  const { countingAhead } = await import('../../flow/progress');
  await inSlices(countingAhead(), signal);
  await whenIdle();
  if (signal.aborted) return;
  await import('../../app/guide.svelte');
  // Making the guide (its actor, where to open) is a task of its own too.
  await whenIdle();
  if (signal.aborted) return;
  await session.load();
}
