/**
 * The first view and the guide agree on where the visit is, however late the
 * guide's code comes in: the guide opens where the first view opened, and
 * follows the browser from there. A Back pressed on the start page before the
 * guide has loaded ends where it would have ended with the guide there, and
 * meanwhile the start page does not stay on for a view that is not the start.
 */
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../message/draft';
import { memoryStorage } from '../platform/storage';
import { SAVED_KEY, SAVED_VERSION, type SavedGuide } from './saved';
import { Session } from './session.svelte';
import { fakeEnv } from './test-guide-env';

const NOW = 1_700_000_000_000;

/** Left on the start page with the first question answered (a reload on the start page, then Back). */
const record: SavedGuide = {
  v: SAVED_VERSION,
  answers: { stage: 'applied' },
  at: {},
  start: true,
  draft: emptyDraft,
  outcome: null,
  savedAt: NOW - 60_000,
};

const START_ENTRY = { guide: 1, start: true, followUp: false };
const QUESTION_ENTRY = { guide: 1, start: false, followUp: false };

/** A tab on the start page's entry at `/`, with `record` saved. */
function tabOnStart() {
  const storage = memoryStorage();
  storage.setItem(SAVED_KEY, JSON.stringify(record));
  const env = fakeEnv(storage, () => NOW);
  env.history.replaceState(START_ENTRY, '', '/');
  return { env, storage };
}

/** The browser's Back to the entry before: the same address, the first question's. */
function back(env: ReturnType<typeof fakeEnv>) {
  env.history.replaceState(QUESTION_ENTRY, '', '/');
}

/** What the tab shows and keeps, once the guide is there. */
async function outcomeOf(session: Session, storage: Storage, env: ReturnType<typeof fakeEnv>) {
  const guide = await session.load();
  const saved = JSON.parse(storage.getItem(SAVED_KEY) ?? 'null') as SavedGuide | null;
  return {
    view: guide.view,
    remembered: guide.remembered,
    waiting: session.waiting,
    notices: session.notices,
    saved,
    state: env.history.state as unknown,
    url: `${env.location.pathname}${env.location.search}${env.location.hash}`,
  };
}

describe('Session: the guide opens where the first view opened', () => {
  it('Back before the guide has loaded ends as it would with the guide loaded, and the start page does not stay meanwhile', async () => {
    // The guide had loaded (at idle) before Back.
    const early = tabOnStart();
    const loadedFirst = new Session(early.env);
    await loadedFirst.load();
    back(early.env);
    await loadedFirst.followUrl();
    const expected = await outcomeOf(loadedFirst, early.storage, early.env);
    expect(expected.view).toEqual({ kind: 'question', question: 'stage' });

    // Back comes before the guide's code.
    const late = tabOnStart();
    const session = new Session(late.env);
    expect(session.view).toEqual({ kind: 'start' });
    expect(session.waiting).toBeDefined();
    back(late.env);
    const followed = session.followUrl();
    // The first question needs the guide: the start page gives way at once, and
    // nothing shows until the guide has loaded.
    expect(session.view).toBeUndefined();
    await followed;
    expect(await outcomeOf(session, late.storage, late.env)).toEqual(expected);
  });

  it('a guide made after the browser moved opens where the first view did, then follows, and never makes the new entry over', async () => {
    const { env, storage } = tabOnStart();
    const session = new Session(env);
    // No popstate seen yet: the guide's code comes in (at idle) with the browser already elsewhere.
    back(env);
    const guide = await session.load();
    expect(guide.view).toEqual({ kind: 'question', question: 'stage' });
    expect(env.history.state).toEqual(QUESTION_ENTRY);

    const reference = tabOnStart();
    const loadedFirst = new Session(reference.env);
    await loadedFirst.load();
    back(reference.env);
    await loadedFirst.followUrl();
    expect(await outcomeOf(session, storage, env)).toEqual(
      await outcomeOf(loadedFirst, reference.storage, reference.env),
    );
  });

  it('a fragment link followed on the start page before the guide has loaded (the skip link) keeps the start page, with no link notice', async () => {
    const env = fakeEnv(memoryStorage(), () => NOW);
    const session = new Session(env);
    expect(session.view).toEqual({ kind: 'start' });
    env.location.hash = '#main';
    const followed = session.followUrl();
    expect(session.view).toEqual({ kind: 'start' });
    await followed;
    expect(session.view).toEqual({ kind: 'start' });
    expect(session.notices).toEqual([]);
  });

  it('a visit that opens past the start page waits for the guide, and Back before it has loaded still waits', async () => {
    const { env } = tabOnStart();
    env.history.replaceState(QUESTION_ENTRY, '', '/');
    const session = new Session(env);
    expect(session.needsGuide).toBe(true);
    expect(session.view).toBeUndefined();
    env.history.replaceState(START_ENTRY, '', '/');
    const followed = session.followUrl();
    expect(session.view).toBeUndefined();
    await followed;
    expect(session.view).toEqual({ kind: 'start' });
  });
});
