/**
 * A catalogue of bad input, each case named, with what the person sees:
 * links, saved states, storage that fails, two tabs, typed text and rapid
 * input. Views are read with `shownView()`, notices by their words in the
 * content modules. Every case also fails on any error the page reports.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkNotices, outcomeUi, questions, sessionUi, ui } from '../../content';
import { openLink } from '../../flow/link';
import type { GuideEvent } from '../../flow/machine';
import type { Answers, QuestionId } from '../../flow/questions';
import type { View } from '../../flow/view';
import { emptyDraft, FIELD_MAX_LENGTH, type MessageDraft } from '../../message/draft';
import { messageAsText } from '../../message/render';
import {
  SAVED_KEY,
  SAVED_MAX_AGE_MS,
  SAVED_VERSION,
  parseSaved,
  type ReadRecord,
} from '../../app/saved';
import { composeMessage } from '../../message/compose';
import { field, recordingClipboard } from '../composer/test-composer';
import {
  act,
  continueSaved,
  heading,
  openApp,
  savedRecord as record,
  settle,
  shownView,
} from './test-app';

type User = ReturnType<typeof userEvent.setup>;

const START: View = { kind: 'start' };
const question = (id: QuestionId): View => ({ kind: 'question', question: id });
const NEGOTIATE: View = { kind: 'outcome', outcome: 'negotiate', template: 'negotiate' };
const INTERVIEW: View = { kind: 'outcome', outcome: 'interview', template: 'accept-interview' };
const DECLINE_APPLIED: View = {
  kind: 'outcome',
  outcome: 'decline',
  template: 'decline-first-interview',
};
const DECLINE_OUTREACH: View = {
  kind: 'outcome',
  outcome: 'decline',
  template: 'decline-outreach',
};
const DECLINE_AFTER_TALKS: View = {
  kind: 'outcome',
  outcome: 'decline',
  template: 'decline-after-talks',
};

const answer = (q: QuestionId, value: string | string[]) =>
  ({ type: 'answer.submitted', question: q, answer: value }) as GuideEvent;

/** The link notice's words for these questions and this many other parts. */
function linkText(named: readonly QuestionId[], others: number): string {
  return linkNotices.ignored(
    named.map((id) => questions[id].summaryLabel),
    others,
  );
}

/** The words of every notice on the page (not the composer's own status line). */
function noticeTexts(): string[] {
  return screen
    .queryAllByRole('status')
    .filter((status) => status.querySelector('button'))
    .map((status) => status.firstElementChild?.textContent?.trim() ?? '');
}

async function expectNotices(expected: readonly string[]) {
  await waitFor(() => expect(noticeTexts()).toEqual(expected));
}

function savedRecord(): ReadRecord | undefined {
  const text = localStorage.getItem(SAVED_KEY);
  return text === null ? undefined : parseSaved(JSON.parse(text));
}

/** Puts text in a field as a paste would: every character as it is, none read as a key name. */
async function typeInto(user: User, id: keyof typeof outcomeUi.composer.fields, text: string) {
  const input = field(id);
  await user.clear(input);
  fireEvent.input(input, { target: { value: text } });
}

function continueButton(): HTMLElement {
  return screen.getByRole('button', { name: ui.nav.continue });
}

/** Presses an action, which warns about the empty blanks, then goes ahead anyway. */
async function sendAnyway(user: User, action: string, anyway: string) {
  await user.click(screen.getByRole('button', { name: action }));
  expect(screen.getByRole('alert')).toHaveTextContent(outcomeUi.sending.warningTitle);
  await user.click(screen.getByRole('button', { name: anyway }));
}

/** The second click of a double click, as a browser reports it: `detail` counts the clicks. */
function secondClick(element: Element) {
  fireEvent.click(element, { detail: 2 });
}

// Load the views' code once up front, so the first test's page is not waiting on it.
beforeAll(() =>
  Promise.all([import('../question/QuestionView.svelte'), import('../outcome/OutcomeView.svelte')]),
);

const pageErrors: unknown[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);

beforeEach(() => {
  localStorage.clear();
  pageErrors.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  vi.spyOn(console, 'error');
});

afterEach(() => {
  cleanup();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  expect(pageErrors, 'errors the page reported').toEqual([]);
  expect(console.error, 'console.error calls').not.toHaveBeenCalled();
  expect(document.querySelector('[data-error-panel]'), 'the error panel').toBeNull();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('links', () => {
  const cases: readonly [
    name: string,
    url: string,
    view: View,
    ignored: readonly [QuestionId[], number] | null,
    search: string,
  ][] = [
    [
      'a valid link (the control)',
      '/?stage=outreach&concerns=none',
      INTERVIEW,
      null,
      '?stage=outreach&concerns=none',
    ],
    [
      'an unknown key',
      '/?stage=applied&colour=blue',
      question('concerns'),
      [[], 1],
      '?stage=applied',
    ],
    ['an unknown value', '/?stage=hired', START, [['stage'], 0], ''],
    ['a value in capitals', '/?stage=APPLIED', START, [['stage'], 0], ''],
    ['a key in capitals', '/?Stage=applied', START, [[], 1], ''],
    [
      'a repeated key',
      '/?stage=applied&stage=outreach',
      question('concerns'),
      [['stage'], 0],
      '?stage=applied',
    ],
    [
      'the same pair twice',
      '/?stage=applied&stage=applied',
      question('concerns'),
      null,
      '?stage=applied',
    ],
    [
      'none mixed with a concern',
      '/?stage=applied&concerns=none,salary',
      question('concerns'),
      [['concerns'], 0],
      '?stage=applied',
    ],
    [
      'a repeated concern',
      '/?stage=applied&concerns=salary,salary',
      question('negotiable'),
      null,
      '?stage=applied&concerns=salary',
    ],
    [
      'an unknown concern beside a known one',
      '/?stage=applied&concerns=salary,bribes',
      question('negotiable'),
      [['concerns'], 0],
      '?stage=applied&concerns=salary',
    ],
    ['an empty value', '/?stage=', START, [['stage'], 0], ''],
    ['a key without a value', '/?stage', START, [['stage'], 0], ''],
    [
      'a concerns list of commas only',
      '/?stage=applied&concerns=,,',
      question('concerns'),
      [['concerns'], 0],
      '?stage=applied',
    ],
    [
      'an answer off the path',
      '/?stage=applied&concerns=mission&negotiable=yes',
      DECLINE_APPLIED,
      [['negotiable'], 0],
      '?stage=applied&concerns=mission',
    ],
    [
      'an answer to a question the path skips',
      '/?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable&employer-interest=yes',
      NEGOTIATE,
      [['employer-interest'], 0],
      '?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable',
    ],
    [
      'a reply after the negotiate outcome (the control)',
      '/?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable&reply=not-enough',
      DECLINE_AFTER_TALKS,
      null,
      '?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable&reply=not-enough',
    ],
    [
      'a reply on a path that never reaches the negotiate outcome',
      '/?stage=applied&concerns=mission&reply=enough',
      DECLINE_APPLIED,
      [['reply'], 0],
      '?stage=applied&concerns=mission',
    ],
    [
      'a reply before the negotiate outcome is reached',
      '/?stage=applied&concerns=salary&reply=enough',
      question('negotiable'),
      [['reply'], 0],
      '?stage=applied&concerns=salary',
    ],
    [
      'a reply the guide does not know',
      '/?stage=applied&concerns=work-setup&negotiable=yes&reply=maybe',
      NEGOTIATE,
      [['reply'], 0],
      '?stage=applied&concerns=work-setup&negotiable=yes',
    ],
    [
      'two replies',
      '/?stage=applied&concerns=work-setup&negotiable=yes&reply=enough&reply=not-enough',
      { kind: 'outcome', outcome: 'interview', template: 'accept-after-talks' },
      [['reply'], 0],
      '?stage=applied&concerns=work-setup&negotiable=yes&reply=enough',
    ],
    [
      'an answer to a question never reached',
      '/?negotiable=yes',
      question('stage'),
      [['negotiable'], 0],
      '',
    ],
    [
      'answers in an order the guide never writes',
      '/?concerns=none&stage=outreach',
      INTERVIEW,
      null,
      '?stage=outreach&concerns=none',
    ],
    ['stray ampersands', '/?&&stage=applied&', question('concerns'), null, '?stage=applied'],
    ['percent-encoded ids', '/?stage=%61pplied', question('concerns'), null, '?stage=applied'],
    ['percent garbage in a value', '/?stage=%E0%A4%A', START, [['stage'], 0], ''],
    ['percent garbage in a key', '/?%E0%A4%A=applied', START, [[], 1], ''],
    ['an encoded lone surrogate', '/?stage=%ED%A0%80', START, [['stage'], 0], ''],
    ['a plus sign after an id', '/?stage=applied+', START, [['stage'], 0], ''],
    ['a null byte after an id', '/?stage=applied%00', START, [['stage'], 0], ''],
    ['a right-to-left override in a key', '/?%E2%80%AEstage=applied', START, [[], 1], ''],
    ['markup as a key', '/?%3Cimg%20src=x%20onerror=alert(1)%3E=1', START, [[], 1], ''],
    ['a script as a value', '/?stage=%3Cscript%3Ealert(1)%3C/script%3E', START, [['stage'], 0], ''],
    ['prototype keys', '/?__proto__=applied&constructor=x', START, [[], 2], ''],
    [
      'an extra key on a complete link',
      '/?stage=outreach&concerns=none&utm_source=mail',
      INTERVIEW,
      [[], 1],
      '?stage=outreach&concerns=none',
    ],
    ['a query of 100,000 characters', `/?x=${'a'.repeat(100_000)}`, START, [[], 1], ''],
    ['100,000 characters of bad pairs', `/?${'a=1&'.repeat(25_000)}`, START, [[], 20], ''],
    [
      '100,000 characters of one answer, repeated',
      `/?${'stage=applied&'.repeat(7_143)}`,
      question('concerns'),
      null,
      '?stage=applied',
    ],
    ['a fragment', '/?stage=applied#section', question('concerns'), [[], 1], '?stage=applied'],
    ['a fragment holding markup', '/#%3Cb%3Ehi%3C/b%3E', START, [[], 1], ''],
    [
      'a path the guide did not make',
      '/some/deep/path?stage=applied',
      question('concerns'),
      [[], 1],
      '?stage=applied',
    ],
    ['a path holding markup', '/%3Cscript%3E', START, [[], 1], ''],
    [
      'index.html by name',
      '/index.html?stage=applied',
      question('concerns'),
      null,
      '?stage=applied',
    ],
    [
      'every kind of problem at once',
      '/x?stage=applied&stage=no&concerns=salary,bad&colour=1#f',
      question('negotiable'),
      [['stage', 'concerns'], 2],
      '?stage=applied&concerns=salary',
    ],
  ];

  it.each(cases)('%s', async (_name, url, view, ignored, search) => {
    await openApp(url);
    expect(shownView()).toEqual(view);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await expectNotices(ignored ? [linkText(...ignored)] : []);
    expect(window.location.pathname).toBe('/');
    expect(window.location.search).toBe(search);
    expect(window.location.hash).toBe('');
    expect(document.querySelector('main img, main script')).toBeNull();
  });

  it('agrees with openLink on what each link leaves out', () => {
    for (const [, url, , ignored] of cases) {
      const search = new URL(url, 'http://localhost').search;
      const fromQuery = openLink(search).problems.length > 0;
      const extraParts = !/^\/(index\.html)?(\?|#|$)/.test(url) || url.includes('#');
      expect(fromQuery || extraParts, url.slice(0, 60)).toBe(ignored !== null);
    }
  });

  it('never quotes what the link’s author wrote', async () => {
    await openApp('/?Call%20this%20number%20now=1&stage=applied');
    await expectNotices([linkText([], 1)]);
    expect(document.body.textContent).not.toContain('Call this number');
  });

  it('reports a part of a link met by the browser’s back button', async () => {
    const { user } = await openApp('/?stage=applied');
    await act(user, answer('concerns', ['none']));
    window.history.pushState({ guide: 1, start: false }, '', '/?stage=applied&concerns=oops');
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
    await waitFor(() => expect(shownView()).toEqual(question('concerns')));
    await expectNotices([linkText(['concerns'], 0)]);
    expect(window.location.search).toBe('?stage=applied');
  });

  it('keeps the view when the skip link adds a fragment', async () => {
    const { user } = await openApp('/');
    await act(user, { type: 'guide.started' });
    await user.click(screen.getByRole('link', { name: ui.app.skipLink }));
    await settle();
    expect(shownView()).toEqual(question('stage'));
    await expectNotices([]);
    expect(window.location.hash).toBe('');
  });
});

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
      await expectNotices([sessionUi.notices.expired(SAVED_MAX_AGE_MS / 86_400_000)]);
      expect(localStorage.getItem(SAVED_KEY)).toBeNull();
    });
  });
});

describe('storage that fails', () => {
  it('reads as unavailable when getItem throws: says so once, writes nothing', async () => {
    localStorage.setItem(SAVED_KEY, JSON.stringify(record({ stage: 'applied' })));
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { user } = await openApp('/');
    expect(shownView()).toEqual(START);
    await expectNotices([ui.notices.storageUnavailable]);
    await act(user, { type: 'guide.started' });
    await act(user, answer('stage', 'applied'));
    expect(shownView()).toEqual(question('concerns'));
    await expectNotices([ui.notices.storageUnavailable]);
    expect(setItem).not.toHaveBeenCalled();
  });

  it('reads as unavailable when localStorage itself throws', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const { user } = await openApp('/?stage=applied');
      await expectNotices([ui.notices.storageUnavailable]);
      await act(user, answer('concerns', ['none']));
      expect(shownView()).toEqual(INTERVIEW);
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else Reflect.deleteProperty(window, 'localStorage');
    }
  });

  it('carries on in memory when every write fails, and says so once, even after Dismiss', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { user } = await openApp('/');
    // Opening on the start page writes nothing: the first step finds it out.
    await expectNotices([]);
    await act(user, { type: 'guide.started' });
    await expectNotices([ui.notices.storageUnavailable]);
    await user.click(screen.getByRole('button', { name: ui.notices.dismiss }));
    await act(user, answer('stage', 'outreach'));
    await act(user, answer('concerns', ['happy-current-job']));
    await act(user, answer('employer-interest', 'no'));
    expect(shownView()).toEqual(DECLINE_OUTREACH);
    await user.type(field('yourName'), 'Ana');
    await expectNotices([]);
    // Everything it had is still in memory.
    await act(user, { type: 'nav.back' });
    expect(screen.getByLabelText(questions['employer-interest'].options.no.label)).toBeChecked();
  });

  it('says so once when storage fills up part-way', async () => {
    const { user } = await openApp('/');
    await act(user, { type: 'guide.started' });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await act(user, answer('stage', 'applied'));
    await expectNotices([ui.notices.storageUnavailable]);
    await act(user, answer('concerns', ['none']));
    expect(shownView()).toEqual(INTERVIEW);
    await expectNotices([ui.notices.storageUnavailable]);
    // What was saved before it filled up is still whole.
    expect(savedRecord()?.at).toEqual({});
  });

  it('does not say it again after Start again', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { user } = await openApp('/?stage=applied&concerns=none');
    await expectNotices([ui.notices.storageUnavailable]);
    await act(user, { type: 'guide.restarted' });
    await act(user, { type: 'guide.started' });
    expect(shownView()).toEqual(question('stage'));
    await expectNotices([]);
  });

  it('starts again when clearing storage throws', async () => {
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { user } = await openApp('/?stage=applied&concerns=none');
    await act(user, { type: 'guide.restarted' });
    expect(shownView()).toEqual(START);
  });
});

describe('two tabs', () => {
  const otherTab = record({ stage: 'interviewing', concerns: ['none'] });

  function storageEvent(newValue: string | null) {
    window.dispatchEvent(new StorageEvent('storage', { key: SAVED_KEY, newValue }));
  }

  it('does not move this tab when another one saves', async () => {
    const { user } = await openApp('/?stage=applied');
    localStorage.setItem(SAVED_KEY, JSON.stringify(otherTab));
    storageEvent(JSON.stringify(otherTab));
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    await expectNotices([]);
    // This tab's next step writes its own whole record over the other's.
    await act(user, answer('concerns', ['salary']));
    expect(savedRecord()).toMatchObject({ at: { stage: 'applied', concerns: ['salary'] } });
  });

  it('is not disturbed by another tab writing garbage, and mends it on its next step', async () => {
    const { user } = await openApp('/?stage=applied');
    localStorage.setItem(SAVED_KEY, '{"v":1,');
    storageEvent('{"v":1,');
    await act(user, answer('concerns', ['none']));
    expect(shownView()).toEqual(INTERVIEW);
    expect(savedRecord()?.at).toEqual({ stage: 'applied', concerns: ['none'] });
  });

  it('carries on when another tab starts again and clears storage', async () => {
    const { user } = await openApp('/?stage=applied&concerns=none');
    await user.type(field('yourName'), 'Ana');
    localStorage.removeItem(SAVED_KEY);
    storageEvent(null);
    await user.type(field('theirName'), 'Sam');
    expect(savedRecord()?.draft.fields).toEqual({ yourName: 'Ana', theirName: 'Sam' });
  });
});

describe('typed text', () => {
  const MARKUP = '<img src=x onerror=window.__pwned=1>';
  const texts: readonly [name: string, text: string][] = [
    ['markup with an event handler', MARKUP],
    ['a script element', '<script>window.__pwned=1</script>'],
    ['a javascript: URL', 'javascript:window.__pwned=1'],
    ['a slot name', '{company} {theirName}'],
    ['an emoji built from several code points', 'Ana 👩🏽‍💻 🇵🇹'],
    ['combining accents', 'Zoe\u0308 Bjo\u0308rk'],
    ['right-to-left text', 'שלום עליכם مرحبا'],
    ['a right-to-left override', 'abc\u202Edef'],
    ['zero-width characters', 'A\u200Bn\u200Da'],
    ['the characters that mean something in a URL', 'Smith & Sons? 100% #1 = a+b'],
  ];

  async function openOutcome() {
    const app = await openApp('/?stage=applied&concerns=salary&negotiable=no&employer-interest=no');
    expect(shownView()).toEqual(DECLINE_APPLIED);
    return app;
  }

  it.each(texts)(
    'shows %s as text, and keeps it whole in copy, download and mailto',
    async (_name, text) => {
      const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
      vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      const { user } = await openOutcome();
      const writeText = recordingClipboard();

      await typeInto(user, 'yourName', text);
      await typeInto(user, 'company', text);

      const draft: MessageDraft = {
        fields: { yourName: text, company: text },
        reason: null,
        format: 'email',
        booked: false,
      };
      const expected = messageAsText(
        composeMessage(
          'decline-first-interview',
          { stage: 'applied', concerns: ['salary'] },
          draft,
        ),
        'email',
      );
      const shown = document.querySelector('[data-template]')!;
      expect(shown.textContent).toContain(text);
      expect(shown.querySelector('img, script, a')).toBeNull();
      expect(document.querySelector('img')).toBeNull();
      expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();

      // Other blanks are still empty: each action warns first, and goes ahead when asked again.
      await sendAnyway(user, outcomeUi.actions.copy, outcomeUi.sending.copyAnyway);
      expect(writeText).toHaveBeenCalledWith(expected);

      await sendAnyway(user, outcomeUi.actions.download, outcomeUi.sending.downloadAnyway);
      expect(await (createObjectURL.mock.calls[0]?.[0] as Blob).text()).toBe(expected);

      const mailto = screen.getByRole('link', { name: outcomeUi.actions.openEmail });
      const body = new URL(mailto.getAttribute('href')!).searchParams.get('body');
      expect(body?.replace(/\r\n/g, '\n')).toBe(expected.slice(expected.indexOf('\n\n') + 2));
      expect(savedRecord()?.draft.fields.yourName).toBe(text);
    },
  );

  it('keeps a lone surrogate as typed, and offers a mailto that does not break', async () => {
    const { user } = await openOutcome();
    const writeText = recordingClipboard();
    await typeInto(user, 'yourName', 'Ana \uD83D');
    await sendAnyway(user, outcomeUi.actions.copy, outcomeUi.sending.copyAnyway);
    expect(writeText.mock.calls[0]?.[0]).toContain('Ana \uD83D');
    const href = screen
      .getByRole('link', { name: outcomeUi.actions.openEmail })
      .getAttribute('href')!;
    expect(decodeURIComponent(href)).toContain('Ana \uFFFD');
  });

  it.each([
    ['exactly the maximum', 'a'.repeat(FIELD_MAX_LENGTH), false],
    ['one over the maximum', 'a'.repeat(FIELD_MAX_LENGTH + 1), true],
    ['the maximum in emoji built from several code points', '👩🏽‍💻'.repeat(FIELD_MAX_LENGTH), false],
    ['10,000 characters pasted', 'x'.repeat(10_000), true],
  ])('%s: says so at the limit, and cuts nothing', async (_name, text, tooLong) => {
    const { user } = await openOutcome();
    await typeInto(user, 'company', text);
    expect(field('company')).toHaveValue(text);
    if (tooLong) expect(field('company')).toHaveAttribute('aria-invalid', 'true');
    else expect(field('company')).not.toHaveAttribute('aria-invalid');
    const message = screen.queryByText(outcomeUi.composer.tooLong(FIELD_MAX_LENGTH));
    expect(message !== null).toBe(tooLong);
    expect(savedRecord()?.draft.fields.company).toBe(text);
  });

  it('offers Copy instead of a mailto that mail apps would cut short', async () => {
    const { user } = await openOutcome();
    await typeInto(user, 'jobTitle', 'é'.repeat(400));
    expect(screen.queryByRole('link', { name: outcomeUi.actions.openEmail })).toBeNull();
    expect(screen.getByText(outcomeUi.actions.tooLongForEmailLink)).toBeVisible();
  });

  it('keeps whitespace alone as a blank still to fill', async () => {
    const { user } = await openOutcome();
    await typeInto(user, 'theirName', '   ');
    const blanks = document.querySelectorAll('[data-template] mark');
    expect([...blanks].map((b) => b.textContent)).toContain(
      `[${outcomeUi.composer.placeholders.theirName}]`,
    );
  });

  it.each([
    ['10,000 characters', 'x'.repeat(10_000)],
    ['markup', MARKUP],
    ['a script element', '<script>window.__pwned=1</script>'],
    ['right-to-left text', 'יום חמישי 14:00'],
  ])(
    'takes %s as the booked interview’s time: as text, in the draft, never in the URL',
    async (_name, text) => {
      const { user } = await openOutcome();
      const search = window.location.search;
      await user.click(screen.getByRole('checkbox', { name: outcomeUi.booking.label }));
      await typeInto(user, 'interviewDate', text);
      expect(field('interviewDate')).toHaveValue(text);
      expect(savedRecord()?.draft).toMatchObject({ booked: true, fields: { interviewDate: text } });
      expect(document.querySelector('img, [data-template] script')).toBeNull();
      expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
      const tooLong = text.length > FIELD_MAX_LENGTH;
      if (tooLong) expect(field('interviewDate')).toHaveAttribute('aria-invalid', 'true');
      await settle();
      expect(window.location.search).toBe(search);
      expect(decodeURIComponent(window.location.href)).not.toContain(text.slice(0, 20));
    },
  );

  it('restores edits tampered with markup as text, and asks before replacing them', async () => {
    const edits = {
      email: {
        subject: MARKUP,
        body: `<script>window.__pwned=1</script>${MARKUP}`,
        basis: '00000000',
      },
    };
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify(
        record({ stage: 'outreach', concerns: ['none'] }, { draft: { ...emptyDraft, edits } }),
      ),
    );
    const { user } = await openApp('/');
    await continueSaved(user);
    expect(shownView()).toEqual(INTERVIEW);
    const shown = document.querySelector('[data-template]')!;
    expect(shown.querySelector('[data-subject]')?.textContent).toBe(MARKUP);
    expect(shown.querySelector('.body')?.textContent).toBe(edits.email.body);
    expect(document.querySelector('img, [data-template] script')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    // A basis no suggestion has: the person chooses between these edits and the suggestion.
    expect(screen.getByRole('region', { name: outcomeUi.editing.staleTitle })).toBeVisible();
  });

  it('opens a draft saved before booking and editing existed', async () => {
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify(
        record(
          { stage: 'outreach', concerns: ['none'] },
          { draft: { fields: { yourName: 'Zoë' }, reason: null, format: 'call' } },
        ),
      ),
    );
    const { user } = await openApp('/');
    await continueSaved(user);
    expect(shownView()).toEqual(INTERVIEW);
    expect(field('yourName')).toHaveValue('Zoë');
    expect(screen.getByRole('checkbox', { name: outcomeUi.booking.label })).not.toBeChecked();
    expect(screen.queryByRole('button', { name: outcomeUi.editing.undo })).toBeNull();
    await expectNotices([]);
  });

  it('restores markup typed in an earlier visit as text', async () => {
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify(
        record(
          { stage: 'outreach', concerns: ['none'] },
          { draft: { fields: { yourName: MARKUP }, reason: null, format: 'email' } },
        ),
      ),
    );
    const { user } = await openApp('/');
    await continueSaved(user);
    expect(shownView()).toEqual(INTERVIEW);
    expect(document.querySelector('[data-template]')?.textContent).toContain(MARKUP);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('rapid input', () => {
  async function atStage() {
    const app = await openApp('/');
    await act(app.user, { type: 'guide.started' });
    return app;
  }

  it('double click on Continue: answers once, no error on the next question', async () => {
    const { user } = await atStage();
    await user.click(screen.getByLabelText(questions.stage.options.applied.label));
    await user.click(continueButton());
    await settle();
    secondClick(continueButton());
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(window.location.search).toBe('?stage=applied');
  });

  it('double click on Continue, the second landing on an option of the next question: nothing ticked', async () => {
    const { user } = await atStage();
    await user.click(screen.getByLabelText(questions.stage.options.applied.label));
    await user.click(continueButton());
    await settle();
    const salary = screen.getByLabelText(questions.concerns.options.salary.label);
    secondClick(salary.closest('div')!.querySelector('label')!);
    secondClick(salary);
    await settle();
    expect(salary).not.toBeChecked();
    // A double click within one view keeps its usual meaning.
    fireEvent.click(salary, { detail: 1 });
    fireEvent.click(salary, { detail: 2 });
    expect(salary).not.toBeChecked();
  });

  it('double click on Continue before a pre-filled question: does not skip it', async () => {
    const { user } = await openApp('/?stage=applied&concerns=salary&negotiable=yes&salary-gap=far');
    await act(user, { type: 'nav.change', question: 'concerns' });
    await user.click(continueButton());
    await settle();
    expect(shownView()).toEqual(question('negotiable'));
    expect(screen.getByLabelText(questions.negotiable.options.yes.label)).toBeChecked();
    secondClick(continueButton());
    await settle();
    expect(shownView()).toEqual(question('negotiable'));
    expect(window.location.search).toBe('?stage=applied&concerns=salary');
  });

  it('triple click on Continue: answers once', async () => {
    const { user } = await atStage();
    await user.click(screen.getByLabelText(questions.stage.options.outreach.label));
    await user.click(continueButton());
    await settle();
    secondClick(continueButton());
    fireEvent.click(continueButton(), { detail: 3 });
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('double click on Start now: the first question, with no error', async () => {
    const { user } = await openApp('/');
    await user.click(screen.getByRole('button', { name: ui.start.button }));
    await settle();
    secondClick(continueButton());
    await settle();
    expect(shownView()).toEqual(question('stage'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('double click on Back: one step back', async () => {
    const { user } = await openApp('/?stage=applied&concerns=salary');
    const back = screen.getByRole('link', { name: ui.nav.back });
    await user.dblClick(back);
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    expect(window.location.search).toBe('?stage=applied');
  });

  it('double click on a Change link: one step', async () => {
    await openApp('/?stage=applied&concerns=salary&negotiable=no');
    const change = screen.getByRole('link', {
      name: `${ui.nav.change} ${ui.nav.changeHidden(questions.concerns.summaryLabel)}`,
    });
    fireEvent.click(change, { detail: 1 });
    await settle();
    secondClick(
      screen.getByRole('link', {
        name: `${ui.nav.change} ${ui.nav.changeHidden(questions.stage.summaryLabel)}`,
      }),
    );
    await settle();
    expect(shownView()).toEqual(question('concerns'));
  });

  it('Enter held on Continue: one step, the repeats stopped before anything sees them', async () => {
    const { user } = await atStage();
    await user.click(screen.getByLabelText(questions.stage.options.applied.label));
    continueButton().focus();
    await user.keyboard('{Enter}');
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    for (const target of [heading(), continueButton()]) {
      const held = new KeyboardEvent('keydown', {
        key: 'Enter',
        repeat: true,
        bubbles: true,
        cancelable: true,
      });
      target.dispatchEvent(held);
      expect(held.defaultPrevented).toBe(true);
    }
    document.removeEventListener('keydown', seen);
    expect(seen).not.toHaveBeenCalled();
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('two separate clicks on Back: two steps (only repeats are ignored)', async () => {
    const { user } = await openApp('/?stage=applied&concerns=salary');
    await act(user, { type: 'nav.back' });
    await act(user, { type: 'nav.back' });
    expect(shownView()).toEqual(question('stage'));
  });

  it('Back straight after Continue: back to the question just answered, recorded once', async () => {
    const { user } = await atStage();
    await user.click(screen.getByLabelText(questions.stage.options.interviewing.label));
    fireEvent.click(continueButton());
    fireEvent.click(screen.getByRole('link', { name: ui.nav.back }));
    await settle();
    expect(shownView()).toEqual(question('stage'));
    expect(screen.getByLabelText(questions.stage.options.interviewing.label)).toBeChecked();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(document.body).queryAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
