/**
 * The one adapter between the machine and the interface: it owns the actor,
 * keeps a `$state.raw` snapshot, and hangs the URL and storage off it. It
 * loads with XState and the machine, after the first view (see
 * `session.svelte.ts`), so what the first view reads of the URL and storage
 * comes from `opening.ts`, and is handed in.
 */
import { createActor, type Actor } from 'xstate';
import { linkFor, openLink, type LinkProblem } from '../flow/link';
import { guideMachine, type GuideEvent, type GuideSnapshot } from '../flow/machine';
import type { AnswerValue, Answers, OutcomeId, QuestionId } from '../flow/questions';
import {
  answersOnPath,
  choiceOf,
  initialSnapshot,
  navigate,
  next,
  followUpOf,
  viewOf,
  type View,
} from '../flow/view';
import { emptyDraft, type MessageDraft } from '../message/draft';
import { SAVED_VERSION, type ReadRecord, type SavedGuide } from './saved';
import { encodeAnswers } from '../flow/share-link';
import { afterPaint } from '../platform/after-paint';
import {
  entryState,
  isOwnPath,
  opensAtStart,
  readOpening,
  waitingRecord,
  type EntryState,
  type GuideEnv,
  type NoticeId,
  type Opening,
  type Waiting,
} from './opening';

export type { GuideEnv, NoticeId, Waiting } from './opening';

/** The outcome a view shows, or null. */
function outcomeOf(view: View): OutcomeId | null {
  return view.kind === 'outcome' ? view.outcome : null;
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
  /**
   * A saved session offered back on the start page, until the person
   * continues it or starts again. Nothing of it is in the view, the answers
   * or the draft meanwhile, and nothing is saved over it.
   */
  waiting = $state.raw<Waiting>();

  /** What is on screen. */
  readonly view: View = $derived(viewOf(this.snapshot));
  /** The answers that led to this view. */
  readonly answers: Answers = $derived(answersOnPath(this.snapshot));
  /** Every answer remembered, to pre-fill questions met again. */
  readonly remembered: Answers = $derived(this.snapshot.context.answers);
  /** The share link's query string for this view. */
  readonly link: string = $derived(linkFor(this.snapshot));
  /** The follow-up question this outcome offers: the reply after negotiating, or to a no. */
  readonly followUp: 'reply' | 'pushback' | undefined = $derived(
    followUpOf(this.snapshot) as 'reply' | 'pushback' | undefined,
  );

  #actor: Actor<typeof guideMachine>;
  #env: GuideEnv;
  #saving = true;
  /** False when storage could not be read: what it holds is never overwritten unread. */
  #writable = true;
  /**
   * Whether saving waits for the person's next step: while a saved session
   * waits (so opening the page never overwrites it), and after the person
   * has cleared their answers (so nothing is written back unasked).
   */
  #holding = false;
  /** The record that waits (see `waiting`). */
  #waitingRecord: ReadRecord | undefined;
  /** Storage notices already given: each is given once, even after Dismiss or Start again. */
  #told: NoticeId[] = [];
  /** History writes not made yet (see `#writeUrl`). */
  #urlWrites: (() => void)[] = [];
  /** Whether a record is to be saved once the step is painted. */
  #saveWaiting = false;
  /** Whether the writes above already wait for the next paint. */
  #paintAwaited = false;

  /**
   * `opening` is what the first view read of storage, and `shown` the notices
   * on screen now (the person may have dismissed some, or cleared storage);
   * without them, storage is read here.
   */
  constructor(
    env: GuideEnv,
    opening: Opening = readOpening(env),
    shown: readonly NoticeId[] = opening.notices,
  ) {
    this.#env = env;
    this.#writable = opening.writable;
    this.#told = [...opening.notices];
    this.notices = [...shown];
    const { snapshot, notices, draft, problems, waiting } = this.#initial(opening);
    this.draft = draft;
    this.linkProblems = problems;
    for (const notice of notices) this.#tell(notice);
    // Opening on the start page writes nothing: there is nothing of the person's
    // to keep yet, and the guide may load there at idle, long after opening.
    this.#holding = viewOf(snapshot).kind === 'start';
    if (waiting) {
      this.#waitingRecord = waiting.record;
      this.waiting = { outcome: waiting.outcome };
      // The previous version's record is written again in this one's form, as it was.
      if (waiting.record.v === 1)
        this.#writeRecord({ ...waiting.record, outcome: waiting.outcome });
    }
    this.#actor = createActor(guideMachine, { snapshot });
    this.snapshot = this.#actor.getSnapshot();
    this.#actor.subscribe((next) => {
      this.snapshot = next;
      this.#saveWaiting = true;
      this.#writeAfterPaint();
    });
    // Starting notifies the subscriber, which saves the opening state (but see `#holding`).
    this.#actor.start();
    this.#writeUrl('replace');
  }

  /** Shows a notice; a storage notice only the first time. */
  #tell(notice: NoticeId) {
    if (notice !== 'link' && this.#told.includes(notice)) return;
    this.#told.push(notice);
    if (!this.notices.includes(notice)) this.notices = [...this.notices, notice];
  }

  /**
   * Works out where to open: the link, then this tab's history entry; on the
   * start view, a saved session that holds anything waits there to be
   * continued. A link opens over the saved answers, which pre-fill the
   * questions it does not answer, and keeps the saved draft.
   */
  #initial({ saved: read }: Opening) {
    const { location, history } = this.#env;
    const notices: NoticeId[] = [];
    let draft = emptyDraft;
    let from: GuideSnapshot = initialSnapshot();
    let saved = read;
    if (saved) {
      // Walk the saved answers first, so those met again are pre-filled.
      from = navigate(navigate(from, saved.answers).snapshot, saved.at, {
        start: saved.start,
      }).snapshot;
      draft = saved.draft;
      const leadsThere = encodeAnswers(saved.at) === encodeAnswers(answersOnPath(from));
      const outcomeAgrees = saved.v === 1 || saved.outcome === outcomeOf(viewOf(from));
      if (!leadsThere || !outcomeAgrees) {
        // Answers that no longer lead where they were saved, or an outcome they
        // do not lead to: start afresh.
        notices.push('unreadable');
        // The draft was checked on its own, and is the person's own words: it stays.
        from = initialSnapshot();
        saved = undefined;
      }
    }

    // A fragment or a path the guide never makes is dropped from the URL, and said so.
    const problems: LinkProblem[] = [];
    if (location.hash || !isOwnPath(this.#env)) {
      problems.push({
        key: `${location.pathname}${location.hash}`.slice(0, 60),
        reason: 'malformed',
      });
    }

    let snapshot: GuideSnapshot;
    let waiting: { record: ReadRecord; outcome: OutcomeId | null } | undefined;
    const waits = saved && waitingRecord(this.#env, { writable: true, saved, notices: [] });
    if (waits) {
      // Nothing of it shows until the person chooses to continue it.
      waiting = { record: waits, outcome: outcomeOf(viewOf(from)) };
      snapshot = initialSnapshot();
      draft = emptyDraft;
    } else if (opensAtStart(this.#env)) {
      snapshot = initialSnapshot();
    } else {
      const entry = entryState(history.state);
      const opened = openLink(location.search, from, {
        start: entry?.start ?? true,
        followUp: entry?.followUp ?? false,
      });
      problems.unshift(...opened.problems);
      snapshot = opened.snapshot;
    }
    if (problems.length > 0) notices.push('link');
    return { snapshot, notices, draft, problems, waiting };
  }

  /**
   * Sends an event; a step that changed the view gets its own history entry.
   * Any step the person takes lets saving go on.
   */
  #send(event: GuideEvent) {
    this.#release();
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
    if (!this.#saving || this.#holding) return;
    this.#writeRecord({
      answers: this.remembered,
      at: this.answers,
      start: this.view.kind === 'start',
      draft: this.draft,
      // A follow-up question is saved as the outcome it was asked from, where
      // its answers reopen: the record keeps answers, not which of the two it was.
      outcome: outcomeOf(
        choiceOf(this.snapshot).followUp
          ? viewOf(next(this.snapshot, { type: 'nav.back' }))
          : this.view,
      ),
    });
  }

  /** Writes a record, dated now. */
  #writeRecord(record: Omit<SavedGuide, 'v' | 'savedAt'>) {
    if (!this.#writable) return;
    const whole: SavedGuide = {
      v: SAVED_VERSION,
      answers: record.answers,
      at: record.at,
      start: record.start,
      draft: record.draft,
      outcome: record.outcome,
      savedAt: (this.#env.now ?? Date.now)(),
    };
    if (!this.#env.store.write(whole)) this.#tell('unavailable');
  }

  /** Ends a wait for the person's next step: the session offered back is no longer offered. */
  #release() {
    this.#holding = false;
    this.#waitingRecord = undefined;
    this.waiting = undefined;
  }

  /** Leaves the start view for the first question. */
  start() {
    if (this.waiting) return this.startAfresh();
    this.#send({ type: 'guide.started' });
  }

  /**
   * Continues the saved session that waits: its answers, its view (the first
   * question, if it was left on the start page) and its draft.
   */
  resume() {
    const saved = this.#waitingRecord;
    if (!saved || this.view.kind !== 'start') return;
    this.#release();
    const remembered = navigate(this.snapshot, saved.answers);
    const there = navigate(remembered.snapshot, saved.at, { start: false });
    this.draft = saved.draft;
    for (const event of [...remembered.events, ...there.events]) this.#actor.send(event);
    this.#writeUrl('push');
  }

  /** Forgets the saved session that waits, and everything else, and goes to the first question. */
  startAfresh() {
    this.#release();
    this.draft = emptyDraft;
    this.notices = [];
    this.linkProblems = [];
    if (this.#writable) this.#env.store.clear();
    if (this.view.kind !== 'start' || this.snapshot.context.path.length > 0) {
      this.#actor.send({ type: 'guide.restarted' });
    }
    this.#send({ type: 'guide.started' });
  }

  /**
   * Clears everything the guide keeps on this device: the saved record, and
   * the answers and message in memory; then shows the start page, saying so.
   * Nothing is written again until the person takes a step.
   */
  clear() {
    this.#release();
    if (this.#writable) this.#env.store.clear();
    this.draft = emptyDraft;
    this.linkProblems = [];
    this.notices = ['cleared'];
    this.#holding = true;
    this.#saveWaiting = false;
    const before = this.snapshot;
    this.#actor.send({ type: 'guide.restarted' });
    // The view cleared away is replaced in the history, not left one Back away.
    if (this.snapshot !== before) this.#writeUrl('replace');
  }

  /** Answers the question on screen; the machine ignores an answer to any other. */
  answer<Q extends QuestionId>(question: Q, answer: AnswerValue<Q>) {
    this.#send({ type: 'answer.submitted', question, answer } as GuideEvent);
  }

  /** From an outcome to its follow-up question ({@link followUp}), once they have answered. */
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
    this.#release();
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
    // Moving to another view is a step: a session that waited is no longer offered.
    if (opened.events.length > 0) this.#release();
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
