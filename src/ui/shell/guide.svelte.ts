/**
 * The one adapter between the machine and the interface: it owns the actor,
 * keeps a `$state.raw` snapshot, and hangs the URL and storage off it.
 */
import { createActor, type Actor } from 'xstate';
import { linkFor, openLink, type LinkProblem } from '../../flow/link';
import { guideMachine, type GuideEvent, type GuideSnapshot } from '../../flow/machine';
import type { AnswerValue, Answers, QuestionId } from '../../flow/questions';
import {
  answersOnPath,
  choiceOf,
  initialSnapshot,
  navigate,
  offersFollowUp,
  viewOf,
  type View,
} from '../../flow/view';
import { emptyDraft, type MessageDraft } from '../../lib/draft';
import { SAVED_KEY, SAVED_VERSION, parseSaved, type SavedGuide } from '../../lib/saved';
import { encodeAnswers } from '../../lib/share-link';
import { safeStore, type SafeStore } from '../../lib/storage';
import { afterPaint } from './after-paint';

/** Something the person is told once, at the top of the page. */
export type NoticeId = 'link' | 'unreadable' | 'unavailable' | 'restored';

/** What the guide needs from the browser; tests pass their own. */
export interface GuideEnv {
  readonly location: Pick<Location, 'pathname' | 'search' | 'hash' | 'origin'>;
  readonly history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  readonly store: SafeStore;
  /** The app's own path, where every view's URL lives. */
  readonly base: string;
}

/**
 * The history entry's own state: which of two views that share their answers
 * it is (the start or the first question; an outcome or its follow-up question).
 */
interface EntryState {
  readonly guide: 1;
  readonly start: boolean;
  /** Absent from entries made before the follow-up question existed. */
  readonly followUp?: boolean;
}

function entryState(value: unknown): EntryState | undefined {
  const entry = value as Partial<EntryState> | null;
  if (entry?.guide !== 1 || typeof entry.start !== 'boolean') return undefined;
  if (entry.followUp !== undefined && typeof entry.followUp !== 'boolean') return undefined;
  return entry as EntryState;
}

export function browserEnv(): GuideEnv {
  return {
    location: window.location,
    history: window.history,
    store: safeStore(SAVED_KEY, () => window.localStorage),
    base: import.meta.env.BASE_URL,
  };
}

export class Guide {
  /** The machine's latest snapshot. */
  snapshot = $state.raw<GuideSnapshot>(initialSnapshot());
  /** The message being composed; never in the URL. */
  draft = $state.raw<MessageDraft>(emptyDraft);
  /** Notices to show, each once. */
  notices = $state.raw<readonly NoticeId[]>([]);
  /** What a link held that was not used, for the link notice. */
  linkProblems = $state.raw<readonly LinkProblem[]>([]);

  /** What is on screen. */
  readonly view: View = $derived(viewOf(this.snapshot));
  /** The answers that led to this view. */
  readonly answers: Answers = $derived(answersOnPath(this.snapshot));
  /** Every answer remembered, to pre-fill questions met again. */
  readonly remembered: Answers = $derived(this.snapshot.context.answers);
  /** The share link's query string for this view. */
  readonly link: string = $derived(linkFor(this.snapshot));
  /** Whether this outcome offers its follow-up question (the reply, after negotiating). */
  readonly offersReply: boolean = $derived(offersFollowUp(this.snapshot));

  #actor: Actor<typeof guideMachine>;
  #env: GuideEnv;
  #saving = true;
  /** False when storage could not be read: what it holds is never overwritten unread. */
  #writable = true;
  /** Storage notices already given: each is given once, even after Dismiss or Start again. */
  #told: NoticeId[] = [];
  /** History writes not made yet (see `#writeUrl`). */
  #urlWrites: (() => void)[] = [];
  /** Whether a record is to be saved once the step is painted. */
  #saveWaiting = false;
  /** Whether the writes above already wait for the next paint. */
  #paintAwaited = false;

  constructor(env: GuideEnv) {
    this.#env = env;
    const { snapshot, notices, draft, problems } = this.#initial();
    this.draft = draft;
    this.linkProblems = problems;
    for (const notice of notices) this.#tell(notice);
    this.#actor = createActor(guideMachine, { snapshot });
    this.snapshot = this.#actor.getSnapshot();
    this.#actor.subscribe((next) => {
      this.snapshot = next;
      this.#saveWaiting = true;
      this.#writeAfterPaint();
    });
    // Starting notifies the subscriber, which saves the opening state.
    this.#actor.start();
    this.#writeUrl('replace');
  }

  /** Shows a notice; a storage notice only the first time. */
  #tell(notice: NoticeId) {
    if (notice !== 'link' && this.#told.includes(notice)) return;
    this.#told.push(notice);
    if (!this.notices.includes(notice)) this.notices = [...this.notices, notice];
  }

  /** Works out where to open: the link, then this tab's history entry, then storage. */
  #initial() {
    const { location, history, store } = this.#env;
    const notices: NoticeId[] = [];
    let draft = emptyDraft;
    let from: GuideSnapshot = initialSnapshot();
    let saved: SavedGuide | undefined;

    const read = store.read();
    if (read.status === 'unavailable') {
      notices.push('unavailable');
      this.#writable = false;
    }
    if (read.status === 'corrupt') notices.push('unreadable');
    if (read.status === 'ok') {
      saved = parseSaved(read.value);
      if (!saved) notices.push('unreadable');
    }
    if (saved) {
      // Walk the saved answers first, so those met again are pre-filled.
      from = navigate(navigate(from, saved.answers).snapshot, saved.at, {
        start: saved.start,
      }).snapshot;
      draft = saved.draft;
    }

    const entry = entryState(history.state);
    const linkGiven = location.search.length > 1;
    if (saved && encodeAnswers(saved.at) !== encodeAnswers(answersOnPath(from))) {
      // Answers that no longer lead where they were saved: start afresh.
      notices.push('unreadable');
      // The draft was checked on its own, and is the person's own words: it stays.
      from = initialSnapshot();
      saved = undefined;
    }

    // A fragment or a path the guide never makes is dropped from the URL, and said so.
    const problems: LinkProblem[] = [];
    if (location.hash || !this.#isOwnPath(location.pathname)) {
      problems.push({
        key: `${location.pathname}${location.hash}`.slice(0, 60),
        reason: 'malformed',
      });
    }

    let snapshot = from;
    if (!linkGiven && !entry && saved) {
      if (viewOf(from).kind !== 'start') notices.push('restored');
    } else {
      const opened = openLink(location.search, from, {
        start: entry?.start ?? true,
        followUp: entry?.followUp ?? false,
      });
      problems.unshift(...opened.problems);
      snapshot = opened.snapshot;
    }
    if (problems.length > 0) notices.push('link');
    return { snapshot, notices, draft, problems };
  }

  #isOwnPath(pathname: string): boolean {
    const { base } = this.#env;
    return pathname === base || pathname === `${base}index.html`;
  }

  /** Sends an event; a step that changed the view gets its own history entry. */
  #send(event: GuideEvent) {
    const before = this.snapshot;
    this.#actor.send(event);
    if (this.snapshot !== before) this.#writeUrl('push');
  }

  #writeUrl(how: 'push' | 'replace') {
    const { history, base } = this.#env;
    const url = `${base}${this.link}`;
    const state: EntryState = { guide: 1, ...choiceOf(this.snapshot) };
    const write = () =>
      how === 'push' ? history.pushState(state, '', url) : history.replaceState(state, '', url);
    if (how === 'replace' && this.#urlWrites.length === 0) return write();
    // A history entry costs Chromium a millisecond or two, a slow phone several
    // times that: a step's entry waits until the browser has painted the view
    // the step leads to. Writes keep their order.
    this.#urlWrites.push(write);
    this.#writeAfterPaint();
  }

  /**
   * A step's history entries and its saved record wait, together, until the
   * browser has painted the view the step leads to.
   */
  #writeAfterPaint() {
    if (this.#paintAwaited) return;
    this.#paintAwaited = true;
    void afterPaint().then(() => {
      this.#paintAwaited = false;
      this.#flushUrl();
      this.persist();
    });
  }

  /** Makes the history writes still waiting, in order. */
  #flushUrl() {
    const writes = this.#urlWrites;
    this.#urlWrites = [];
    for (const write of writes) write();
  }

  /**
   * Saves the record still waiting, now: also called when the page is being
   * hidden, and may never paint again. A history entry still waiting is left
   * to wait: pushed while the page goes away, it would land in the next
   * page's history.
   */
  persist() {
    if (this.#saveWaiting) this.#save();
  }

  /**
   * Writes the whole record in one `setItem`, so storage only ever holds a
   * record some tab wrote whole. Two tabs share it: the last to write wins,
   * and neither reads the other's writes (`storage` events) while open, so
   * one never moves the other's view under the person.
   */
  #save() {
    this.#saveWaiting = false;
    if (!this.#saving || !this.#writable) return;
    const record: SavedGuide = {
      v: SAVED_VERSION,
      answers: this.remembered,
      at: this.answers,
      start: this.view.kind === 'start',
      draft: this.draft,
    };
    if (!this.#env.store.write(record)) this.#tell('unavailable');
  }

  /** Leaves the start view for the first question. */
  start() {
    this.#send({ type: 'guide.started' });
  }

  /** Answers the question on screen; the machine ignores an answer to any other. */
  answer<Q extends QuestionId>(question: Q, answer: AnswerValue<Q>) {
    this.#send({ type: 'answer.submitted', question, answer } as GuideEvent);
  }

  /** From the negotiate outcome to the reply question, once they have answered. */
  openReply() {
    this.#send({ type: 'reply.opened' });
  }

  /** Back to the question actually asked before (or the start). */
  back() {
    this.#send({ type: 'nav.back' });
  }

  /** Back to an earlier question to change its answer. */
  change(question: QuestionId) {
    this.#send({ type: 'nav.change', question });
  }

  /** Forgets every answer and the message, and returns to the start. */
  restart() {
    this.draft = emptyDraft;
    this.notices = [];
    this.linkProblems = [];
    if (this.#writable) this.#env.store.clear();
    this.#send({ type: 'guide.restarted' });
  }

  /** Keeps the message being composed (in memory and storage). */
  setDraft(draft: MessageDraft) {
    this.draft = draft;
    this.#save();
  }

  /** Follows the browser's back and forward buttons to the view in the URL. */
  followUrl() {
    // The browser has moved to another entry: one not written yet belongs to a step left behind.
    this.#urlWrites = [];
    const entry = entryState(this.#env.history.state);
    // An entry the guide did not make comes from a fragment link on this page
    // (the skip link): its query is this view's, and it has no view of its own.
    const choice = entry
      ? { start: entry.start, followUp: entry.followUp ?? false }
      : choiceOf(this.snapshot);
    const opened = openLink(this.#env.location.search, this.snapshot, choice);
    for (const event of opened.events) this.#actor.send(event);
    if (opened.problems.length > 0) {
      this.linkProblems = opened.problems;
      this.#tell('link');
    }
    if (opened.problems.length > 0 || !entry) this.#writeUrl('replace');
  }

  dismiss(notice: NoticeId) {
    this.notices = this.notices.filter((n) => n !== notice);
  }

  /** The full share link of this view: answers only, never names. */
  get shareUrl(): string {
    return `${this.#env.location.origin}${this.#env.base}${this.link}`;
  }

  /** The URL (query string) of the view before this one, for the Back link. */
  get backHref(): string {
    // Back from a follow-up question is to the outcome it shares its answers with.
    if (choiceOf(this.snapshot).followUp) return `${this.#env.base}${this.link}`;
    const path = this.snapshot.context.path;
    return `${this.#env.base}${encodeAnswers(this.#answersBefore(path.length - 1))}`;
  }

  /** The URL of an earlier question's page, for its Change link. */
  changeHref(question: QuestionId): string {
    const index = this.snapshot.context.path.indexOf(question);
    return `${this.#env.base}${encodeAnswers(this.#answersBefore(index))}`;
  }

  #answersBefore(index: number): Answers {
    const answers = this.answers as Record<string, unknown>;
    return Object.fromEntries(
      this.snapshot.context.path.slice(0, Math.max(index, 0)).map((q) => [q, answers[q]]),
    ) as Answers;
  }

  stop() {
    this.#flushUrl();
    this.persist();
    this.#saving = false;
    this.#actor.stop();
  }
}
