// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { viewOf } from '../flow/view';
import { emptyDraft } from '../message/draft';
import { memoryStorage } from '../platform/storage';
import { landingFor } from './landing';
import type { Opening } from './opening';
import { SAVED_VERSION, type ReadRecord, type SavedGuide } from './saved';
import { fakeEnv } from './test-guide-env';

const toInterview = { stage: 'applied', concerns: ['none'] } as const;
const typed = { ...emptyDraft, fields: { yourName: 'Ana' } };
const record: SavedGuide = {
  v: SAVED_VERSION,
  answers: toInterview,
  at: toInterview,
  start: false,
  draft: typed,
  outcome: 'interview',
  savedAt: 0,
};

const opening = (saved?: ReadRecord): Opening => ({ writable: true, saved, notices: [] });

/** A browser at `url`, with this tab's history entry `state`. */
function envAt(url: string, state: unknown = null) {
  const env = fakeEnv(memoryStorage());
  env.history.replaceState(state, '', url);
  const { hash } = new URL(url, env.location.origin);
  Object.assign(env.location, { hash });
  return env;
}

describe('landingFor', () => {
  it('opens at the start with nothing saved, nothing to say', () => {
    const landing = landingFor(envAt('/'), opening());
    expect(viewOf(landing.snapshot)).toEqual({ kind: 'start' });
    expect(landing).toMatchObject({ notices: [], problems: [], draft: emptyDraft });
    expect(landing.waiting).toBeUndefined();
  });

  it('opens at the start over a saved record that holds nothing, offering nothing back', () => {
    const empty = { ...record, answers: {}, at: {}, start: true, draft: emptyDraft, outcome: null };
    const landing = landingFor(envAt('/'), opening(empty));
    expect(viewOf(landing.snapshot)).toEqual({ kind: 'start' });
    expect(landing.waiting).toBeUndefined();
  });

  it('keeps a saved session waiting on the start page, with nothing of it on screen', () => {
    const landing = landingFor(envAt('/'), opening(record));
    expect(landing.waiting).toEqual({ record, outcome: 'interview' });
    expect(viewOf(landing.snapshot)).toEqual({ kind: 'start' });
    expect(landing.snapshot.context.answers).toEqual({});
    expect(landing.draft).toEqual(emptyDraft);
    expect(landing.notices).toEqual([]);
  });

  it('works out the outcome of a previous version’s record that waits', () => {
    const { outcome: _, savedAt: __, ...rest } = record;
    const previous: ReadRecord = { ...rest, v: 1 };
    expect(landingFor(envAt('/'), opening(previous)).waiting).toEqual({
      record: previous,
      outcome: 'interview',
    });
  });

  it.each([
    ['an outcome its answers do not lead to', { ...record, outcome: 'decline' as const }],
    [
      'answers that no longer lead where they were saved',
      { ...record, at: { ...toInterview, negotiable: 'no' as const } },
    ],
  ])('drops a saved record with %s, says so, and keeps its draft', (_, leadsElsewhere) => {
    const landing = landingFor(envAt('/?stage=applied'), opening(leadsElsewhere));
    expect(landing.notices).toEqual(['unreadable']);
    expect(landing.waiting).toBeUndefined();
    expect(viewOf(landing.snapshot)).toEqual({ kind: 'question', question: 'concerns' });
    // Nothing of the dropped answers pre-fills the questions.
    expect(landing.snapshot.context.answers).toEqual({ stage: 'applied' });
    expect(landing.draft).toEqual(typed);
  });

  it('opens a share link over saved answers, which pre-fill the rest, and keeps the draft', () => {
    const landing = landingFor(envAt('/?stage=applied'), opening(record));
    expect(landing.waiting).toBeUndefined();
    expect(viewOf(landing.snapshot)).toEqual({ kind: 'question', question: 'concerns' });
    expect(landing.snapshot.context.answers).toEqual(toInterview);
    expect(landing.draft).toEqual(typed);
    expect(landing.notices).toEqual([]);
  });

  it('opens the first question when this tab’s history entry says so, not the saved session', () => {
    const landing = landingFor(envAt('/', { guide: 1, start: false }), opening(record));
    expect(landing.waiting).toBeUndefined();
    expect(viewOf(landing.snapshot)).toEqual({ kind: 'question', question: 'stage' });
    expect(landing.snapshot.context.answers).toEqual(toInterview);
  });

  it.each([
    ['a fragment', '/#main', '/#main'],
    ['a path the guide never makes', '/elsewhere', '/elsewhere'],
  ])('reports %s as a link problem', (_, url, key) => {
    const landing = landingFor(envAt(url), opening());
    expect(landing.problems).toEqual([{ key, reason: 'malformed' }]);
    expect(landing.notices).toEqual(['link']);
  });

  it('lists what the link’s answers lost before a fragment', () => {
    const landing = landingFor(envAt('/?stage=applied&colour=red#top'), opening());
    expect(landing.problems.map(({ key }) => key)).toEqual(['colour', '/#top']);
    expect(landing.notices).toEqual(['link']);
    expect(viewOf(landing.snapshot)).toEqual({ kind: 'question', question: 'concerns' });
  });
});
