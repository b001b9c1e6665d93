/**
 * The bad-input catalogue: storage that fails or is full, and two tabs writing the same record.
 * Each case is named, with what the person sees; the shared helpers and the
 * page-error check are in `test-bad-inputs.ts`.
 */
import { screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { questions, ui } from '../../content';
import { SAVED_KEY } from '../../app/saved';
import { field } from '../composer/test-composer';
import { act, openApp, savedRecord as record, settle, shownView } from './test-app';
import {
  failOnPageErrors,
  START,
  question,
  INTERVIEW,
  DECLINE_OUTREACH,
  answer,
  expectNotices,
  savedRecord,
} from './test-bad-inputs';

failOnPageErrors();

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
