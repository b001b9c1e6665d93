/**
 * The bad-input catalogue: links: mangled, tampered, off the path or foreign.
 * Each case is named, with what the person sees; the shared helpers and the
 * page-error check are in `test-bad-inputs.ts`.
 */
import { screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { ui } from '../../content';
import { openLink } from '../../flow/link';
import type { QuestionId } from '../../flow/questions';
import type { View } from '../../flow/view';
import { act, openApp, settle, shownView } from './test-app';
import {
  failOnPageErrors,
  START,
  question,
  NEGOTIATE,
  INTERVIEW,
  DECLINE_APPLIED,
  DECLINE_AFTER_TALKS,
  answer,
  linkText,
  expectNotices,
} from './test-bad-inputs';

failOnPageErrors();

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
      'a reply to a no (the control)',
      '/?stage=applied&concerns=career-goals&employer-interest=no&pushback=asked-why',
      { kind: 'outcome', outcome: 'decline', template: 'hold-decline' },
      null,
      '?stage=applied&concerns=career-goals&employer-interest=no&pushback=asked-why',
    ],
    [
      'a reply to a no after talks, which has none',
      '/?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable&reply=not-enough&pushback=asked-why',
      DECLINE_AFTER_TALKS,
      [['pushback'], 0],
      '?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable&reply=not-enough',
    ],
    [
      'a reply to a no on the interview outcome',
      '/?stage=applied&concerns=none&pushback=asked-to-reconsider',
      INTERVIEW,
      [['pushback'], 0],
      '?stage=applied&concerns=none',
    ],
    [
      'a reply to a no the guide does not know',
      '/?stage=applied&concerns=career-goals&employer-interest=no&pushback=maybe',
      DECLINE_APPLIED,
      [['pushback'], 0],
      '?stage=applied&concerns=career-goals&employer-interest=no',
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
