/**
 * Forgetting the session: the one way every route to it takes (Start again,
 * starting afresh over a saved session, Clear my answers, before or after the
 * guide has loaded). Each caller then goes where it goes, and says what it says.
 */
import type { LinkProblem } from '../flow/link';
import { emptyDraft, type MessageDraft } from '../message/draft';
import type { SafeStore } from '../platform/storage';
import type { NoticeId, Waiting } from './opening';

/** A session with nothing of the person's in it: no message, nothing to tell, nothing offered back. */
export interface Forgotten {
  readonly draft: MessageDraft;
  readonly notices: readonly NoticeId[];
  readonly linkProblems: readonly LinkProblem[];
  readonly waiting: Waiting | undefined;
}

/**
 * Removes the saved record (unless storage could not be read: what it holds
 * is never touched unread) and gives back what a forgotten session shows.
 */
export function forgetSession(store: SafeStore, writable: boolean): Forgotten {
  if (writable) store.clear();
  return { draft: emptyDraft, notices: [], linkProblems: [], waiting: undefined };
}
