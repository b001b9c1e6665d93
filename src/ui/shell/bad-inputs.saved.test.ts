/**
 * The bad-input catalogue: saved states: broken, tampered or old records, and saved sessions that wait.
 * Each case is named, with what the person sees; the shared helpers and the
 * page-error check are in `test-bad-inputs.ts`.
 */
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionUi, ui } from '../../content';
import type { Answers } from '../../flow/questions';
import { emptyDraft, type MessageDraft } from '../../message/draft';
import { SAVED_KEY, SAVED_MAX_AGE_DAYS, SAVED_MAX_AGE_MS, SAVED_VERSION } from '../../app/saved';
import { field } from '../composer/test-composer';
import { act, continueSaved, openApp, savedRecord as record, shownView } from './test-app';
import {
  failOnPageErrors,
  START,
  question,
  NEGOTIATE,
  INTERVIEW,
  DECLINE_AFTER_TALKS,
  linkText,
  expectNotices,
  savedRecord,
} from './test-bad-inputs';

failOnPageErrors();

describe('saved states', () => {
  const valid = record({ stage: 'outreach', concerns: ['happy-current-job'] });
  const cases: readonly [name: string, raw: string][] = [
    ['JSON cut short', '{"v":1,"answers":'],
    ['an empty string', ''],
    ['text that is not JSON', 'hello'],
    ['null', 'null'],
    ['a number', '42'],
    ['a list', '[]'],
    ['an older version', JSON.stringify({ ...valid, v: 0 })],
    ['a newer version', JSON.stringify({ ...valid, v: SAVED_VERSION + 1 })],
    ['a version as text', JSON.stringify({ ...valid, v: String(SAVED_VERSION) })],
    ['no draft', JSON.stringify({ ...valid, draft: undefined })],
    [
      'a draft field that is not text',
      JSON.stringify({ ...valid, draft: { ...emptyDraft, fields: { yourName: 42 } } }),
    ],
    [
      'a draft with a field the guide has not',
      JSON.stringify({ ...valid, draft: { ...emptyDraft, fields: { password: 'x' } } }),
    ],
    [
      'a draft with a private reason',
      JSON.stringify({ ...valid, draft: { ...emptyDraft, reason: 'culture' } }),
    ],
    [
      'a draft in an unknown format',
      JSON.stringify({ ...valid, draft: { ...emptyDraft, format: 'sms' } }),
    ],
    [
      'a draft whose edits are a list',
      JSON.stringify({ ...valid, draft: { ...emptyDraft, edits: ['My words'] } }),
    ],
    [
      'a draft edited in a format the guide has not',
      JSON.stringify({
        ...valid,
        draft: { ...emptyDraft, edits: { fax: { text: 'My words', basis: '00000000' } } },
      }),
    ],
    [
      'a draft whose edited body is not text',
      JSON.stringify({
        ...valid,
        draft: { ...emptyDraft, edits: { email: { subject: 'S', body: 42, basis: '00000000' } } },
      }),
    ],
    [
      'a draft whose edits say nothing of what they started from',
      JSON.stringify({ ...valid, draft: { ...emptyDraft, edits: { call: { text: 'My words' } } } }),
    ],
    [
      'a draft whose edits start from markup instead of a fingerprint',
      JSON.stringify({
        ...valid,
        draft: { ...emptyDraft, edits: { call: { text: 'a', basis: '<script>' } } },
      }),
    ],
    [
      'a draft whose edits carry a key the guide never writes',
      JSON.stringify({
        ...valid,
        draft: {
          ...emptyDraft,
          edits: { message: { text: 'a', basis: '00000000', html: '<img src=x>' } },
        },
      }),
    ],
    [
      'a draft booked as text, not yes or no',
      JSON.stringify({ ...valid, draft: { ...emptyDraft, booked: 'yes' } }),
    ],
    ['a question the guide does not ask', JSON.stringify(record({ colour: 'blue' } as Answers))],
    [
      'an option that no longer exists',
      JSON.stringify(record({ stage: 'hired' } as unknown as Answers)),
    ],
    [
      'concerns as text, not a list',
      JSON.stringify(record({ stage: 'applied', concerns: 'salary' } as unknown as Answers)),
    ],
    ['an empty concerns list', JSON.stringify(record({ stage: 'applied', concerns: [] }))],
    [
      'none mixed with concerns',
      JSON.stringify(record({ stage: 'applied', concerns: ['none', 'salary'] })),
    ],
    [
      'the name of a state the machine no longer has',
      JSON.stringify({ ...valid, state: 'outcome.decline.polite' }),
    ],
    [
      'an old record that names its state',
      JSON.stringify({ v: 1, state: 'salary-question', answers: {} }),
    ],
    [
      'answers that lead somewhere else',
      JSON.stringify(
        record(
          { stage: 'applied', negotiable: 'yes' },
          { answers: { stage: 'applied', concerns: ['salary'], negotiable: 'yes' } },
        ),
      ),
    ],
    [
      'a remembered answer no longer asked',
      JSON.stringify(record({ stage: 'applied', concerns: ['mission'], negotiable: 'yes' })),
    ],
    [
      'a view answer it does not remember',
      JSON.stringify(record({ stage: 'outreach' }, { answers: { stage: 'applied' } })),
    ],
    [
      'the start view with answers on its path',
      JSON.stringify(record({ stage: 'applied' }, { start: true })),
    ],
    [
      'a reply on a path that never reaches the negotiate outcome',
      JSON.stringify(record({ stage: 'applied', concerns: ['mission'], reply: 'enough' })),
    ],
    [
      'a reply the guide does not know',
      JSON.stringify(
        record({
          stage: 'applied',
          concerns: ['work-setup'],
          negotiable: 'yes',
          reply: 'maybe',
        } as unknown as Answers),
      ),
    ],
    [
      'a reply remembered off the negotiate path',
      JSON.stringify(
        record(
          { stage: 'applied', concerns: ['work-setup'], negotiable: 'no' },
          {
            answers: {
              stage: 'applied',
              concerns: ['work-setup'],
              negotiable: 'no',
              reply: 'not-enough',
            },
          },
        ),
      ),
    ],
    [
      'a prototype key among the answers',
      '{"v":1,"answers":{"__proto__":{"stage":"applied"}},"at":{},"start":true,"draft":{"fields":{},"reason":null,"format":"email"}}',
    ],
  ];

  it.each(cases)('starts afresh from %s, and says so once', async (_name, raw) => {
    localStorage.setItem(SAVED_KEY, raw);
    const { user } = await openApp('/');
    expect(shownView()).toEqual(START);
    await expectNotices([ui.notices.savedAnswersUnreadable]);
    // What is written next is a whole record of where the person is.
    await act(user, { type: 'guide.started' });
    expect(savedRecord()?.start).toBe(false);
    await expectNotices([ui.notices.savedAnswersUnreadable]);
  });

  it('keeps the typed draft of a record whose answers lead somewhere else', async () => {
    const draft: MessageDraft = {
      fields: { yourName: 'Zoë' },
      reason: null,
      format: 'email',
      booked: false,
    };
    const answers: Answers = { stage: 'applied', concerns: ['salary'], negotiable: 'yes' };
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify(record({ stage: 'applied', negotiable: 'yes' }, { answers, draft })),
    );
    await openApp('/?stage=applied&concerns=none');
    expect(shownView()).toEqual(INTERVIEW);
    await expectNotices([ui.notices.savedAnswersUnreadable]);
    expect(field('yourName')).toHaveValue('Zoë');
  });

  it('offers back a record the guide wrote, and restores it with its draft', async () => {
    const draft: MessageDraft = {
      fields: { yourName: 'Zoë' },
      reason: null,
      format: 'call',
      booked: false,
    };
    localStorage.setItem(SAVED_KEY, JSON.stringify({ ...valid, draft }));
    const { user } = await openApp('/');
    expect(shownView()).toEqual(START);
    await continueSaved(user);
    expect(shownView()).toEqual(question('employer-interest'));
    await expectNotices([]);
  });

  it('opens a link over a saved record, keeping the saved draft', async () => {
    const draft: MessageDraft = {
      fields: { yourName: 'Zoë' },
      reason: null,
      format: 'email',
      booked: false,
    };
    localStorage.setItem(SAVED_KEY, JSON.stringify({ ...valid, draft }));
    await openApp('/?stage=applied&concerns=none');
    expect(shownView()).toEqual(INTERVIEW);
    expect(field('yourName')).toHaveValue('Zoë');
    await expectNotices([]);
  });

  it('offers back a record the previous version wrote (no reply, a draft without booked)', async () => {
    localStorage.setItem(
      SAVED_KEY,
      '{"v":1,"answers":{"stage":"applied","concerns":["work-setup"],"negotiable":"yes"},' +
        '"at":{"stage":"applied","concerns":["work-setup"],"negotiable":"yes"},"start":false,' +
        '"draft":{"fields":{"yourName":"Zoë"},"reason":null,"format":"email"}}',
    );
    const { user } = await openApp('/');
    expect(shownView()).toEqual(START);
    await continueSaved(user);
    expect(shownView()).toEqual(NEGOTIATE);
    await expectNotices([]);
    expect(field('yourName')).toHaveValue('Zoë');
    await act(user, { type: 'reply.opened' });
    expect(shownView()).toEqual(question('reply'));
  });

  it('offers back a record that holds a reply, and restores it at its message', async () => {
    const at: Answers = {
      stage: 'outreach',
      concerns: ['salary'],
      negotiable: 'unsure',
      'salary-gap': 'unsure',
      reply: 'not-enough',
    };
    localStorage.setItem(SAVED_KEY, JSON.stringify(record(at)));
    const { user } = await openApp('/');
    expect(shownView()).toEqual(START);
    await continueSaved(user);
    expect(shownView()).toEqual(DECLINE_AFTER_TALKS);
    expect(window.location.search).toBe(
      '?stage=outreach&concerns=salary&negotiable=unsure&salary-gap=unsure&reply=not-enough',
    );
  });

  it('says what a fragment dropped even when it offers a record back', async () => {
    localStorage.setItem(SAVED_KEY, JSON.stringify(valid));
    const { user } = await openApp('/#top');
    expect(shownView()).toEqual(START);
    await expectNotices([linkText([], 1)]);
    await continueSaved(user);
    expect(shownView()).toEqual(question('employer-interest'));
  });
});

describe('saved sessions that wait', () => {
  const atDecline = {
    stage: 'outreach',
    concerns: ['happy-current-job'],
    'employer-interest': 'no',
  } as const;
  const offered = () => screen.queryByRole('region', { name: sessionUi.resume.heading });

  it.each([
    ['an outcome the answers do not lead to', record(atDecline, { outcome: 'interview' })],
    ['no outcome where the answers lead to one', record(atDecline, { outcome: null })],
    ['an outcome on a question', record({ stage: 'applied' }, { outcome: 'negotiate' })],
  ])('starts afresh from %s once the machine has checked it, and says so', async (_name, bad) => {
    localStorage.setItem(SAVED_KEY, JSON.stringify(bad));
    const { user } = await openApp('/');
    expect(shownView()).toEqual(START);
    // The machine loads at idle after the start page, and finds it out.
    await expectNotices([ui.notices.savedAnswersUnreadable]);
    await waitFor(() => expect(offered()).toBeNull());
    await act(user, { type: 'guide.started' });
    expect(shownView()).toEqual(question('stage'));
    expect(savedRecord()).toMatchObject({ at: {}, start: false });
  });

  it.each([
    ['an outcome the guide does not have', record(atDecline, { outcome: 'hired' })],
    ['a date that is not a number', record(atDecline, { savedAt: 'yesterday' })],
    ['a date far in the future', record(atDecline, { savedAt: Date.now() + 7 * 86_400_000 })],
  ])('refuses %s at once, before the machine loads', async (_name, bad) => {
    localStorage.setItem(SAVED_KEY, JSON.stringify(bad));
    await openApp('/');
    expect(shownView()).toEqual(START);
    expect(offered()).toBeNull();
    await expectNotices([ui.notices.savedAnswersUnreadable]);
  });

  describe('a record 30 days old, to the millisecond', () => {
    const NOW = Date.UTC(2026, 11, 1, 12);
    beforeEach(() => vi.spyOn(Date, 'now').mockReturnValue(NOW));

    it('is kept at 30 days less 1 ms, and at 30 days exactly', async () => {
      for (const age of [SAVED_MAX_AGE_MS - 1, SAVED_MAX_AGE_MS]) {
        localStorage.setItem(SAVED_KEY, JSON.stringify(record(atDecline, { savedAt: NOW - age })));
        await openApp('/');
        expect(await screen.findByRole('region', { name: sessionUi.resume.heading })).toBeVisible();
        await expectNotices([]);
        cleanup();
      }
    });

    it('is dropped at 30 days and 1 ms, with a notice', async () => {
      localStorage.setItem(
        SAVED_KEY,
        JSON.stringify(record(atDecline, { savedAt: NOW - SAVED_MAX_AGE_MS - 1 })),
      );
      await openApp('/');
      expect(offered()).toBeNull();
      await expectNotices([sessionUi.notices.expired(SAVED_MAX_AGE_DAYS)]);
      expect(localStorage.getItem(SAVED_KEY)).toBeNull();
    });
  });
});
