/**
 * Where the guide lands when it loads, worked out from the address, this
 * tab's history entry and the saved record, as a pure function: it reads the
 * environment and writes nothing.
 */
import { openLink, type LinkProblem } from '../flow/link';
import type { GuideSnapshot } from '../flow/machine';
import type { OutcomeId } from '../flow/questions';
import { encodeAnswers } from '../flow/share-link';
import { answersOnPath, initialSnapshot, navigate, viewOf } from '../flow/view';
import { emptyDraft, type MessageDraft } from '../message/draft';
import {
  entryState,
  isOwnPath,
  opensAtStart,
  waitingRecord,
  type GuideEnv,
  type NoticeId,
  type Opening,
} from './opening';
import type { ReadRecord } from './saved';
import { outcomeOf } from './saving';

export interface Landing {
  /** The snapshot to start the actor from. */
  readonly snapshot: GuideSnapshot;
  /** Notices to give, besides those of the opening. */
  readonly notices: readonly NoticeId[];
  readonly draft: MessageDraft;
  /** What the address held that was not used. */
  readonly problems: readonly LinkProblem[];
  /** A saved session that waits on the start page, and the outcome it had reached. */
  readonly waiting?: { readonly record: ReadRecord; readonly outcome: OutcomeId | null };
}

/**
 * Works out where to open: the link, then this tab's history entry; on the
 * start view, a saved session that holds anything waits there to be
 * continued. A link opens over the saved answers, which pre-fill the
 * questions it does not answer, and keeps the saved draft.
 */
export function landingFor(env: GuideEnv, { saved: read }: Opening): Landing {
  const { location, history } = env;
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
  if (location.hash || !isOwnPath(env)) {
    problems.push({
      key: `${location.pathname}${location.hash}`.slice(0, 60),
      reason: 'malformed',
    });
  }

  let snapshot: GuideSnapshot;
  let waiting: Landing['waiting'];
  const waits = saved && waitingRecord(env, { writable: true, saved, notices: [] });
  if (waits) {
    // Nothing of it shows until the person chooses to continue it.
    waiting = { record: waits, outcome: outcomeOf(viewOf(from)) };
    snapshot = initialSnapshot();
    draft = emptyDraft;
  } else if (opensAtStart(env)) {
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
  return { snapshot, notices, draft, problems, ...(waiting ? { waiting } : {}) };
}
