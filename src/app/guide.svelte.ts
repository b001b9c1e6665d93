/**
 * The one adapter between the machine and the interface: it owns the actor,
 * keeps a `$state.raw` snapshot, and hands each step to the modules that hang
 * off it: the browser's history (`history.ts`), storage (`saving.ts`) and the
 * notices (`notices.svelte.ts`). It loads with XState and the machine, after
 * the first view (see `session.svelte.ts`), so what the first view read of the
 * URL and storage comes from `opening.ts`, is handed in, and `landing.ts`
 * works out where to open.
 */
import { createActor, type Actor } from 'xstate';
import { linkFor, openLink, type LinkProblem } from '../flow/link';
import { guideMachine, type GuideEvent, type GuideSnapshot } from '../flow/machine';
import type { AnswerValue, Answers, QuestionId } from '../flow/questions';
import {
  answersOnPath,
  choiceOf,
  initialSnapshot,
  navigate,
  followUpOf,
  viewOf,
  type View,
} from '../flow/view';
import { emptyDraft, type MessageDraft } from '../message/draft';
import { commitHeldInput } from '../platform/held-input';
import type { ReadRecord } from './saved';
import { forgetSession } from './forget';
import { HistoryWriter } from './history';
import { backLink, changeLink } from './hrefs';
import { landingFor } from './landing';
import { Notices } from './notices.svelte';
import {
  entryOf,
  entryState,
  envAt,
  hasMoved,
  nowOf,
  readOpening,
  type Entry,
  type GuideEnv,
  type NoticeId,
  type Opening,
  type Waiting,
} from './opening';
import { Saving } from './saving';

export type { GuideEnv, NoticeId, Waiting } from './opening';

export class Guide {
  /** The machine's latest snapshot. */
  snapshot = $state.raw<GuideSnapshot>(initialSnapshot());
  /** The message being composed; never in the URL. */
  draft = $state.raw<MessageDraft>(emptyDraft);
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

  readonly #actor: Actor<typeof guideMachine>;
  readonly #env: GuideEnv;
  readonly #history: HistoryWriter;
  readonly #saving: Saving;
  readonly #notices: Notices;
  /** The record that waits (see `waiting`). */
  #waitingRecord: ReadRecord | undefined;

  /**
   * `opening` is what the first view read of storage, `shown` the notices
   * on screen now (the person may have dismissed some, or cleared storage),
   * and `opened` the address and history entry the first view read; without
   * them, storage and the browser are read here.
   *
   * The guide opens where the first view opened, whenever its code comes in:
   * a browser that has moved to another entry since (Back before the guide
   * had loaded) is then followed, as it would have been had the guide been
   * there. Where it lands never depends on how long the code took.
   */
  constructor(
    env: GuideEnv,
    opening: Opening = readOpening(env),
    shown: readonly NoticeId[] = opening.notices,
    opened: Entry = entryOf(env),
  ) {
    this.#env = env;
    this.#notices = new Notices(opening.notices, shown);
    const { snapshot, notices, draft, problems, waiting } = landingFor(envAt(env, opened), opening);
    this.draft = draft;
    this.#notices.linkProblems = problems;
    for (const notice of notices) this.#notices.tell(notice);
    this.#history = new HistoryWriter(env);
    this.#saving = new Saving({
      store: env.store,
      writable: opening.writable,
      now: () => nowOf(env),
      current: () => ({ snapshot: this.snapshot, draft: this.draft }),
      unavailable: () => this.#notices.tell('unavailable'),
      // Opening on the start page writes nothing: there is nothing of the person's
      // to keep yet, and the guide may load there at idle, long after opening.
      holding: viewOf(snapshot).kind === 'start',
    });
    if (waiting) {
      this.#waitingRecord = waiting.record;
      this.waiting = { outcome: waiting.outcome };
      // The previous version's record is written again in this one's form, as it was.
      if (waiting.record.v === 1)
        this.#saving.write({ ...waiting.record, outcome: waiting.outcome });
    }
    this.#actor = createActor(guideMachine, { snapshot });
    this.snapshot = this.#actor.getSnapshot();
    this.#actor.subscribe((next) => {
      this.snapshot = next;
      this.#saving.stepped();
    });
    // Starting notifies the subscriber, which saves the opening state (unless held).
    this.#actor.start();
    // The entry the browser is on now is another view's: it is followed, not made over.
    if (hasMoved(env, opened)) this.followUrl();
    else this.#entry('replace');
  }

  /** Notices to show, each once. */
  get notices(): readonly NoticeId[] {
    return this.#notices.shown;
  }

  /** What a link held that was not used, for the link notice. */
  get linkProblems(): readonly LinkProblem[] {
    return this.#notices.linkProblems;
  }

  /**
   * Sends an event; a step that changed the view gets its own history entry.
   * Any step the person takes lets saving go on.
   */
  #send(event: GuideEvent) {
    // A keystroke the page holds goes into the draft of the view it was typed in first.
    commitHeldInput();
    this.#release();
    const before = this.snapshot;
    this.#actor.send(event);
    if (this.snapshot !== before) this.#entry('push');
  }

  /** This view's history entry: a new one for a step, or this one made over. */
  #entry(how: 'push' | 'replace') {
    this.#history[how](this.link, choiceOf(this.snapshot));
  }

  /**
   * Saves the record still waiting, now: also called when the page is being
   * hidden, and may never paint again. A history entry still waiting is left
   * to wait: pushed while the page goes away, it would land in the next
   * page's history.
   */
  persist() {
    // A keystroke the page still holds out of the draft is part of what waits.
    commitHeldInput();
    this.#saving.persist();
  }

  /** Ends a wait for the person's next step: the session offered back is no longer offered. */
  #release() {
    this.#saving.release();
    this.#waitingRecord = undefined;
    this.waiting = undefined;
  }

  /**
   * Forgets the session: the saved record, the message, the notices and a
   * session offered back. Every way of starting over goes through here.
   */
  #forget() {
    // A keystroke the page holds is forgotten with the rest, not put back after.
    commitHeldInput();
    this.#release();
    const forgotten = forgetSession(this.#env.store, this.#saving.writable);
    this.draft = forgotten.draft;
    this.#notices.shown = forgotten.notices;
    this.#notices.linkProblems = forgotten.linkProblems;
    this.waiting = forgotten.waiting;
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
    this.#entry('push');
  }

  /** Forgets the saved session that waits, and everything else, and goes to the first question. */
  startAfresh() {
    this.#forget();
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
    this.#forget();
    this.#notices.shown = ['cleared'];
    this.#saving.hold();
    const before = this.snapshot;
    this.#actor.send({ type: 'guide.restarted' });
    // The view cleared away is replaced in the history, not left one Back away.
    if (this.snapshot !== before) this.#entry('replace');
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
    this.#forget();
    this.#send({ type: 'guide.restarted' });
  }

  /**
   * Keeps the message being composed: in memory at once, in storage once the
   * person pauses, or when the page is hidden or left (`persist`), whichever
   * comes first.
   */
  setDraft(draft: MessageDraft) {
    this.#release();
    this.draft = draft;
    this.#saving.typed();
  }

  /** Follows the browser's back and forward buttons to the view in the URL. */
  followUrl() {
    // A keystroke goes into the draft of the view it was typed in, before that view is left.
    commitHeldInput();
    // The browser has moved to another entry: one not written yet belongs to a step left behind.
    this.#history.drop();
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
    if (opened.problems.length > 0) this.#notices.tellLink(opened.problems);
    if (opened.problems.length > 0 || !entry) {
      this.#entry('replace');
    }
  }

  dismiss(notice: NoticeId) {
    this.#notices.dismiss(notice);
  }

  /** The full share link of this view: answers only, never names. */
  get shareUrl(): string {
    return `${this.#env.location.origin}${this.#env.base}${this.link}`;
  }

  /** The URL (query string) of the view before this one, for the Back link. */
  get backHref(): string {
    return `${this.#env.base}${backLink(this.snapshot, this.answers)}`;
  }

  /** The URL of an earlier question's page, for its Change link. */
  changeHref(question: QuestionId): string {
    return `${this.#env.base}${changeLink(this.snapshot, this.answers, question)}`;
  }

  stop() {
    this.#history.flush();
    this.#saving.stop();
    this.#actor.stop();
  }
}
