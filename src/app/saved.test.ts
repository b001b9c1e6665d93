// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../message/draft';
import {
  SAVED_MAX_AGE_MS,
  SAVED_VERSION,
  ageOf,
  holdsAnything,
  parseSaved,
  type SavedGuide,
} from './saved';

const NOW = Date.UTC(2026, 11, 1);
const answers = { stage: 'applied', concerns: ['salary'], negotiable: 'no' } as const;
const good: SavedGuide = {
  v: SAVED_VERSION,
  answers,
  at: answers,
  start: false,
  draft: emptyDraft,
  outcome: 'decline',
  savedAt: NOW,
};
const previous = { v: 1, answers, at: { stage: 'applied' }, start: false, draft: emptyDraft };

describe('parseSaved, this version', () => {
  it('accepts a record as the guide writes it', () => {
    expect(parseSaved(good)).toEqual(good);
    expect(parseSaved({ ...good, at: { stage: 'applied' }, outcome: null })).toBeDefined();
  });

  it.each([
    ['an outcome the guide does not have', { ...good, outcome: 'hired' }],
    ['an outcome that is not text', { ...good, outcome: 1 }],
    ['an outcome with no answers on the path', { ...good, at: {}, outcome: 'interview' }],
    ['no outcome key', { ...good, outcome: undefined }],
    ['a date as text', { ...good, savedAt: String(NOW) }],
    ['a date before 1970', { ...good, savedAt: -1 }],
    ['a date with a fraction', { ...good, savedAt: NOW + 0.5 }],
    ['no date', { ...good, savedAt: undefined }],
    ['a key the guide never writes', { ...good, extra: true }],
    ['a previous version record with this version’s keys', { ...good, v: 1 }],
    ['a newer version', { ...good, v: SAVED_VERSION + 1 }],
  ])('refuses %s', (_name, value) => {
    expect(parseSaved(value)).toBeUndefined();
  });
});

describe('parseSaved, the previous version', () => {
  it('still opens a record version 1 wrote, as it was', () => {
    expect(parseSaved(previous)).toEqual(previous);
  });

  it('refuses a version 1 record with keys of this version', () => {
    expect(parseSaved({ ...previous, savedAt: NOW })).toBeUndefined();
  });
});

describe('parseSaved, a draft from before interviews could be booked', () => {
  const { booked: _, ...unbooked } = emptyDraft;
  it.each([
    ['this version', good],
    ['the previous version', previous],
  ])('reads it as not booked in a record of %s', (_, record) => {
    expect(parseSaved({ ...record, draft: unbooked })?.draft).toEqual(emptyDraft);
    expect(parseSaved({ ...record, draft: { ...unbooked, booked: true } })?.draft.booked).toBe(
      true,
    );
  });
});

describe('ageOf', () => {
  const at = (age: number) => ageOf({ ...good, savedAt: NOW - age }, NOW);

  it('keeps a record up to 30 days old, exactly 30 days included', () => {
    expect(at(0)).toBe('kept');
    expect(at(SAVED_MAX_AGE_MS - 1)).toBe('kept');
    expect(at(SAVED_MAX_AGE_MS)).toBe('kept');
  });

  it('drops one a millisecond older than 30 days', () => {
    expect(at(SAVED_MAX_AGE_MS + 1)).toBe('expired');
  });

  it('allows a clock a little ahead, not a date far in the future', () => {
    expect(at(-60 * 60 * 1000)).toBe('kept');
    expect(at(-2 * 24 * 60 * 60 * 1000)).toBe('future');
  });

  it('keeps a previous version’s record, which has no date', () => {
    expect(ageOf(previous as never, NOW)).toBe('kept');
  });
});

describe('holdsAnything', () => {
  it('is true for answers or typed words, false for a fresh start page', () => {
    expect(holdsAnything(good)).toBe(true);
    expect(holdsAnything({ ...good, answers: {}, at: {}, start: true, outcome: null })).toBe(false);
    expect(
      holdsAnything({
        ...good,
        answers: {},
        at: {},
        outcome: null,
        draft: { ...emptyDraft, fields: { yourName: 'Ana' } },
      }),
    ).toBe(true);
    expect(
      holdsAnything({
        ...good,
        answers: {},
        at: {},
        outcome: null,
        draft: { ...emptyDraft, fields: { yourName: '' } },
      }),
    ).toBe(false);
  });
});

describe('parseSaved', () => {
  const good = {
    v: 1,
    answers: { stage: 'applied', concerns: ['salary'], negotiable: 'no' },
    at: { stage: 'applied' },
    start: false,
    draft: emptyDraft,
  };

  it('accepts a well-formed record', () => {
    expect(parseSaved(good)).toEqual(good);
  });

  it.each([
    ['another version', { ...good, v: 2 }],
    ['no version', { ...good, v: undefined }],
    ['an unknown question', { ...good, answers: { colour: 'blue' } }],
    ['an invalid answer', { ...good, at: { stage: 'hired' } }],
    ['none mixed in', { ...good, answers: { concerns: ['none', 'salary'] } }],
    ['answers as a list', { ...good, answers: ['applied'] }],
    ['a broken draft', { ...good, draft: { fields: 'Ana' } }],
    ['a missing start flag', { ...good, start: 'yes' }],
    ['a string', 'hello'],
    ['null', null],
    ['a list', [good]],
    ['a key the guide never writes', { ...good, state: 'negotiable' }],
    ['a missing key', { v: 1, answers: {}, at: {}, start: true }],
    ['a view answer it does not remember', { ...good, at: { stage: 'outreach' } }],
    ['answers on the start view', { ...good, at: { stage: 'applied' }, start: true }],
    [
      'a remembered answer no longer asked',
      { ...good, answers: { stage: 'applied', concerns: ['mission'], negotiable: 'no' } },
    ],
  ])('refuses %s', (_name, value) => {
    expect(parseSaved(value)).toBeUndefined();
  });
});
