/**
 * The notices at the top of the page, and what a link held that was not used
 * (for the link notice). A storage notice is given once, even after Dismiss or
 * Start again; the link notice each time a link has problems.
 */
import type { LinkProblem } from '../flow/link';
import type { NoticeId } from './opening';

export class Notices {
  /** Notices to show, each once. */
  shown = $state.raw<readonly NoticeId[]>([]);
  /** What a link held that was not used, for the link notice. */
  linkProblems = $state.raw<readonly LinkProblem[]>([]);
  /** Storage notices already given. */
  readonly #told: NoticeId[];

  /** `told`: the notices given already; `shown`: those on screen now. */
  constructor(told: readonly NoticeId[], shown: readonly NoticeId[]) {
    this.#told = [...told];
    this.shown = [...shown];
  }

  /** Shows a notice; a storage notice only the first time. */
  tell(notice: NoticeId) {
    if (notice !== 'link' && this.#told.includes(notice)) return;
    this.#told.push(notice);
    if (!this.shown.includes(notice)) this.shown = [...this.shown, notice];
  }

  /** Shows the link notice for these problems. */
  tellLink(problems: readonly LinkProblem[]) {
    this.linkProblems = problems;
    this.tell('link');
  }

  dismiss(notice: NoticeId) {
    this.shown = this.shown.filter((n) => n !== notice);
  }
}
